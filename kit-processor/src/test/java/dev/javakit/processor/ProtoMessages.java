package dev.javakit.processor;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The README's mapping of Java values to protobuf messages, written again independently of the
 * generated codecs, by reflection over records into the builders of protoc's classes (which, unlike
 * {@code DynamicMessage}, keep a {@code -0.0}): the oracle the codecs are checked against.
 */
final class ProtoMessages {

    private ProtoMessages() {
    }

    /** Returns {@code record} as the message {@code message} builds, its components in field order. */
    static Message message(Object record, Message.Builder message) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        List<FieldDescriptor> fields = message.getDescriptorForType().getFields();
        for (int i = 0; i < components.length; i++) {
            try {
                set(message, fields.get(i), components[i].getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return message.build();
    }

    private static void set(Message.Builder message, FieldDescriptor field, Object value) {
        Object present = present(value);
        if (present == null) {
            return;
        }
        if (field.isMapField()) {
            Descriptor entryType = field.getMessageType();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) present).entrySet()) {
                Message.Builder entryMessage = message.newBuilderForField(field);
                entryMessage.setField(entryType.findFieldByNumber(1),
                        single(entryMessage, entryType.findFieldByNumber(1), entry.getKey()));
                entryMessage.setField(entryType.findFieldByNumber(2),
                        single(entryMessage, entryType.findFieldByNumber(2), entry.getValue()));
                message.addRepeatedField(field, entryMessage.build());
            }
        } else if (field.isRepeated() && present.getClass().isArray()) {
            for (int i = 0; i < java.lang.reflect.Array.getLength(present); i++) {
                message.addRepeatedField(field, single(message, field, java.lang.reflect.Array.get(present, i)));
            }
        } else if (field.isRepeated()) {
            for (Object element : (Collection<?>) present) {
                message.addRepeatedField(field, single(message, field, element));
            }
        } else {
            message.setField(field, single(message, field, present));
        }
    }

    /** Returns the value an Optional or a nullable holds, {@code null} when absent. */
    private static Object present(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.orElse(null);
        }
        if (value instanceof OptionalInt optional) {
            return optional.isPresent() ? optional.getAsInt() : null;
        }
        if (value instanceof OptionalLong optional) {
            return optional.isPresent() ? optional.getAsLong() : null;
        }
        if (value instanceof OptionalDouble optional) {
            return optional.isPresent() ? optional.getAsDouble() : null;
        }
        return value;
    }

    private static Object single(Message.Builder owner, FieldDescriptor field, Object value) {
        switch (field.getJavaType()) {
            case INT:
                return value instanceof Year year ? year.getValue() : ((Number) value).intValue();
            case STRING:
                if (value instanceof char[] chars) {
                    return new String(chars);
                }
                return value instanceof Enum<?> constant ? constant.name() : value.toString();
            case BYTE_STRING:
                return ByteString.copyFrom((byte[]) value);
            case ENUM:
                // Constants are numbered from 1 in declaration order; 0 is the enum's UNSPECIFIED.
                return field.getEnumType().findValueByNumber(((Enum<?>) value).ordinal() + 1);
            case MESSAGE:
                return message(owner.newBuilderForField(field), value);
            default:
                return value;
        }
    }

    private static Message message(Message.Builder message, Object value) {
        Descriptor type = message.getDescriptorForType();
        switch (type.getFullName()) {
            case "google.protobuf.Timestamp" -> {
                Instant instant = (Instant) value;
                message.setField(type.findFieldByName("seconds"), instant.getEpochSecond());
                message.setField(type.findFieldByName("nanos"), instant.getNano());
            }
            case "google.protobuf.Duration" -> {
                // Protobuf's Duration keeps seconds and nanos of one sign; Java's nanos never go below 0.
                Duration duration = (Duration) value;
                Duration magnitude = duration.abs();
                int sign = duration.isNegative() ? -1 : 1;
                message.setField(type.findFieldByName("seconds"), sign * magnitude.getSeconds());
                message.setField(type.findFieldByName("nanos"), sign * magnitude.getNano());
            }
            default -> {
                if (value.getClass().isRecord()) {
                    return message(value, message);
                }
                // A collection inside another travels in a wrapper message's field 1.
                set(message, type.findFieldByNumber(1), value);
            }
        }
        return message.build();
    }
}
