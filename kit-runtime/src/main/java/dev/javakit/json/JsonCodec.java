package dev.javakit.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.cfg.MutableConfigOverride;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON codec generated code reads requests and writes responses with, on Jackson 3.
 *
 * <p>Readers and writers resolve Jackson's (de)serializers once, on their first use, so a request
 * pays only for the (de)serialization itself and start-up does not pay for routes not yet called.
 * The {@linkplain #standard() standard} codec is strict about types the way Go's
 * {@code encoding/json} is (a number is not a string nor an enum, {@code 1.5} is not
 * an integer, {@code null} is not a primitive, nothing may follow the document), requires every
 * field of a record or creator-built class that is neither an {@code Optional}, a list, set,
 * collection or map, nor annotated {@code Nullable} (absent lists, sets and maps read as empty ones,
 * as Go omits them), and ignores unknown fields unless {@linkplain #rejectingUnknownFields() told
 * otherwise}.
 */
public final class JsonCodec {

    private static final JsonCodec STANDARD = new JsonCodec(standardMapperBuilder().build());

    private final JsonMapper mapper;

    private JsonCodec(JsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** Returns the shared codec on {@link #standardMapperBuilder()}'s settings. */
    public static JsonCodec standard() {
        return STANDARD;
    }

    /** Returns a codec on the given mapper, for applications that configure Jackson themselves. */
    public static JsonCodec of(JsonMapper mapper) {
        return new JsonCodec(mapper);
    }

    /**
     * Returns a mapper builder with the standard codec's settings, to extend (modules, naming
     * strategies) and pass to {@link #of(JsonMapper)}.
     */
    public static JsonMapper.Builder standardMapperBuilder() {
        return JsonMapper.builder()
                // A void method's response record has no components and is written as {}.
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A tolerant reader, as Go kit's: a client may send fields a newer server knows.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // Go omits empty slices and maps ("omitempty"): absent means empty, never null.
                .withConfigOverride(List.class, emptyWhenAbsent())
                .withConfigOverride(Set.class, emptyWhenAbsent())
                .withConfigOverride(Collection.class, emptyWhenAbsent())
                .withConfigOverride(Map.class, emptyWhenAbsent())
                .addModule(new SimpleModule("javakit-finite-numbers").setDeserializerModifier(FiniteFloatingPoint.MODIFIER))
                .addModule(new SimpleModule("javakit-required-fields").setValueInstantiators(new RequiredFields()));
    }

    private static Consumer<MutableConfigOverride> emptyWhenAbsent() {
        return override -> override.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }

    /**
     * Returns a codec like this one that refuses input with fields its types do not have, naming
     * the first one, instead of ignoring them.
     */
    public JsonCodec rejectingUnknownFields() {
        return new JsonCodec(mapper.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
    }

    /** Returns the underlying mapper. */
    public JsonMapper mapper() {
        return mapper;
    }

    /** Returns a reader of {@code type}. */
    public <T> JsonReader<T> reader(Class<T> type) {
        return new JsonReader<>(() -> mapper.readerFor(type));
    }

    /** Returns a reader of a generic type, such as {@code new TypeReference<List<Address>>() {}}. */
    public <T> JsonReader<T> reader(TypeReference<T> type) {
        return new JsonReader<>(() -> mapper.readerFor(type));
    }

    /** Returns a writer of {@code type}. */
    public <T> JsonWriter<T> writer(Class<T> type) {
        return new JsonWriter<>(() -> mapper.writerFor(type));
    }

    /** Returns a writer of a generic type, such as {@code new TypeReference<List<Address>>() {}}. */
    public <T> JsonWriter<T> writer(TypeReference<T> type) {
        return new JsonWriter<>(() -> mapper.writerFor(type));
    }

    /** Writes any value (an error body, say) as compact UTF-8 JSON. */
    public byte[] write(Object value) {
        return mapper.writeValueAsBytes(value);
    }
}
