package dev.javakit.processor;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Random records of the gRPC test service's types, built by reflection from a seeded {@link Random}:
 * edge values (zero, empty, extremes, non-ASCII text) as often as ordinary ones, {@code Nullable}
 * components and {@code Optional}s absent half the time.
 */
final class RandomRecords {

    private static final String[] TEXTS = {"", "a", "héllo wörld", "日本語", "emoji \uD83D\uDE00", "x".repeat(200)};

    private final Random random;

    /** Random values from {@code seed}. */
    RandomRecords(long seed) {
        this.random = new Random(seed);
    }

    /** Returns a random instance of the record class {@code type}, nesting at most {@code depth} records deep. */
    Object record(Class<?> type, Type[] arguments, int depth) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        Map<String, Type> bindings = new HashMap<>();
        for (int i = 0; i < arguments.length; i++) {
            bindings.put(type.getTypeParameters()[i].getName(), arguments[i]);
        }
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            boolean nullable = components[i].getAnnotatedType().getAnnotations().length > 0
                    || components[i].getAnnotations().length > 0;
            values[i] = nullable && random.nextBoolean() ? null : value(components[i].getGenericType(), bindings, depth);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private Object value(Type type, Map<String, Type> bindings, int depth) {
        if (type instanceof TypeVariable<?> variable) {
            return value(bindings.get(variable.getName()), bindings, depth);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            int size = depth <= 0 ? 0 : random.nextInt(4);
            if (raw == Optional.class) {
                return random.nextBoolean() ? Optional.empty() : Optional.of(value(arguments[0], bindings, depth));
            }
            if (Collection.class.isAssignableFrom(raw)) {
                Collection<Object> collection = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    collection.add(value(arguments[0], bindings, depth - 1));
                }
                return collection;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<Object, Object> map = SortedMap.class.isAssignableFrom(raw) ? new TreeMap<>() : new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    map.put(value(arguments[0], bindings, depth - 1), value(arguments[1], bindings, depth - 1));
                }
                return map;
            }
            if (raw.isRecord()) {
                return record(raw, resolved(arguments, bindings), depth - 1);
            }
            throw new AssertionError("no random " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            return record(c, new Type[0], depth - 1);
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        boolean edge = random.nextInt(3) == 0;
        if (c == String.class) {
            return TEXTS[random.nextInt(TEXTS.length)];
        }
        if (c == int.class || c == Integer.class) {
            return edge ? new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}[random.nextInt(4)] : random.nextInt();
        }
        if (c == long.class || c == Long.class) {
            return edge ? new long[] {0, -1, Long.MIN_VALUE, Long.MAX_VALUE}[random.nextInt(4)] : random.nextLong();
        }
        if (c == short.class || c == Short.class) {
            return (short) (edge ? 0 : random.nextInt());
        }
        if (c == byte.class || c == Byte.class) {
            return (byte) (edge ? Byte.MIN_VALUE : random.nextInt());
        }
        if (c == boolean.class || c == Boolean.class) {
            return random.nextBoolean();
        }
        // No -0.0: protoc 3.21's Java classes write it as absent (0.0), where newer ones and the codecs keep it.
        if (c == float.class || c == Float.class) {
            return edge ? new float[] {0f, -1f, Float.MAX_VALUE, Float.MIN_VALUE}[random.nextInt(4)] : random.nextFloat() * 1e6f;
        }
        if (c == double.class || c == Double.class) {
            return edge ? new double[] {0d, -1d, Double.MAX_VALUE, -Double.MIN_VALUE}[random.nextInt(4)] : random.nextGaussian() * 1e9;
        }
        if (c == char.class || c == Character.class) {
            return edge ? '\u0000' : "aZ9é日".charAt(random.nextInt(5));
        }
        if (c.isArray() && c != byte[].class && c != char[].class) {
            int length = depth <= 0 ? 0 : random.nextInt(4);
            Object array = java.lang.reflect.Array.newInstance(c.getComponentType(), length);
            for (int i = 0; i < length; i++) {
                java.lang.reflect.Array.set(array, i, value(c.getComponentType(), bindings, depth - 1));
            }
            return array;
        }
        if (c == byte[].class) {
            byte[] bytes = new byte[edge ? 0 : random.nextInt(20)];
            random.nextBytes(bytes);
            return bytes;
        }
        if (c == UUID.class) {
            return new UUID(random.nextLong(), random.nextLong());
        }
        if (c == BigDecimal.class) {
            return new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(20) - 10);
        }
        if (c == BigInteger.class) {
            return new BigInteger(130, random).subtract(BigInteger.ONE.shiftLeft(129));
        }
        if (c == Instant.class) {
            // Timestamp's range: years 1 to 9999.
            return Instant.ofEpochSecond(random.nextLong(-62_135_596_800L, 253_402_300_799L), edge ? 0 : random.nextInt(1_000_000_000));
        }
        if (c == Duration.class) {
            return Duration.ofSeconds(random.nextLong(-315_576_000_000L, 315_576_000_000L), edge ? 0 : random.nextInt(1_000_000_000));
        }
        if (c == LocalDate.class) {
            return LocalDate.ofEpochDay(random.nextInt(2_000_000) - 1_000_000);
        }
        if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(LocalDateTime.ofEpochSecond(random.nextInt(), random.nextInt(1_000_000_000), ZoneOffset.UTC),
                    ZoneOffset.ofHoursMinutes(random.nextInt(25) - 12, 0));
        }
        if (c == OptionalInt.class) {
            return random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt());
        }
        if (c == OptionalLong.class) {
            return random.nextBoolean() ? OptionalLong.empty() : OptionalLong.of(random.nextLong());
        }
        if (c == OptionalDouble.class) {
            return random.nextBoolean() ? OptionalDouble.empty() : OptionalDouble.of(random.nextDouble());
        }
        throw new AssertionError("no random " + type);
    }

    private static Type[] resolved(Type[] arguments, Map<String, Type> bindings) {
        Type[] resolved = arguments.clone();
        for (int i = 0; i < resolved.length; i++) {
            if (resolved[i] instanceof TypeVariable<?> variable) {
                resolved[i] = bindings.get(variable.getName());
            }
        }
        return resolved;
    }

    /** Returns a list of {@code count} random records of {@code type}. */
    List<Object> records(Class<?> type, Type[] arguments, int count, int depth) {
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.add(record(type, arguments, depth));
        }
        return records;
    }
}
