package dev.javakit.benchmarks;

import dev.javakit.json.JsonCodec;
import dev.javakit.json.JsonReader;
import dev.javakit.json.JsonWriter;
import dev.javakit.sample.profilesvc.Profile;
import dev.javakit.sample.profilesvc.ProfileServiceEndpoints.GetProfileResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON work of one request through the codecs generated code uses, beside what a careful
 * person would write by hand with Jackson: reading a profile body, writing {@code {"profile": ...}}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class CodecBenchmark {

    private byte[] body;
    private GetProfileResponse response;
    private JsonReader<Profile> generatedReader;
    private JsonWriter<GetProfileResponse> generatedWriter;
    private ObjectReader handReader;
    private ObjectWriter handWriter;

    @Setup
    public void setUp() {
        body = Fixtures.ALICE_JSON.getBytes(StandardCharsets.UTF_8);
        response = new GetProfileResponse(Fixtures.ALICE);
        JsonCodec codec = JsonCodec.standard();
        generatedReader = codec.reader(Profile.class);
        generatedWriter = codec.writer(GetProfileResponse.class);
        JsonMapper mapper = JsonMapper.builder().build();
        handReader = mapper.readerFor(Profile.class);
        handWriter = mapper.writerFor(Profile.class);
    }

    /** Reads a profile body as the generated decoder does (strict codec, trailing-content check). */
    @Benchmark
    public Profile decodeGenerated() {
        return generatedReader.read(body);
    }

    /** Reads the same body with a plain Jackson reader. */
    @Benchmark
    public Profile decodeByHand() throws Exception {
        return handReader.readValue(body);
    }

    /** Writes {@code {"profile": ...}} from the generated response record. */
    @Benchmark
    public byte[] encodeGenerated() {
        return generatedWriter.write(response);
    }

    /** Writes the same bytes by hand: the envelope with a generator, the profile with Jackson. */
    @Benchmark
    public byte[] encodeByHand() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(256);
        try (JsonGenerator generator = handWriter.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeName("profile");
            handWriter.writeValue(generator, response.profile());
            generator.writeEndObject();
        }
        return out.toByteArray();
    }
}
