package dev.javakit.sample.profilesvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line, in Go's flag style. */
class OptionsTest {

    @Test
    void defaultAddressIsPort8080OfEveryInterface() {
        assertThat(Options.parse()).isEqualTo(new Options(":8080", false, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--http.addr=:9090", "-http.addr=:9090"})
    void addressFollowsAnEqualsSign(String arg) {
        assertThat(Options.parse(arg)).isEqualTo(new Options(":9090", false, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--http.addr", "-http.addr"})
    void addressIsTheNextArgument(String flag) {
        assertThat(Options.parse(flag, ":9090")).isEqualTo(new Options(":9090", false, false));
    }

    @Test
    void addressMayNameAHost() {
        assertThat(Options.parse("--http.addr=127.0.0.1:0").httpAddr()).isEqualTo("127.0.0.1:0");
        assertThat(Options.parse("-http.addr", "[::1]:8081").httpAddr()).isEqualTo("[::1]:8081");
    }

    @Test
    void lastAddressWins() {
        assertThat(Options.parse("--http.addr=:1", "-http.addr", ":2").httpAddr()).isEqualTo(":2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-h", "--h", "-help", "--help"})
    void helpIsAskedFor(String flag) {
        assertThat(Options.parse(flag).help()).isTrue();
        assertThat(Options.parse("--http.addr=:9090", flag)).isEqualTo(new Options(":9090", false, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port=9090", "-verbose", "--http.address=:9090", "--HTTP.ADDR=:9090"})
    void unknownFlagIsRejectedByName(String flag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(flag))
                .withMessageContaining("unknown flag").withMessageContaining(flag);
    }

    @Test
    void positionalArgumentIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(":9090"))
                .withMessageContaining(":9090");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--http.addr", "-http.addr"})
    void addressFlagWithoutValueIsRejected(String flag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(flag))
                .withMessageContaining(flag);
    }

    @Test
    void usageNamesTheFlagAndItsDefault() {
        assertThat(Options.USAGE).contains("--http.addr", "\":8080\"");
    }

    @Test
    void grpcIsOffUnlessAnAddressIsGiven() {
        assertThat(Options.parse().grpcAddr()).isNull();
        assertThat(Options.parse("--grpc.addr=:8081").grpcAddr()).isEqualTo(":8081");
        assertThat(Options.parse("-grpc.addr", "127.0.0.1:0").grpcAddr()).isEqualTo("127.0.0.1:0");
        assertThat(Options.parse("--grpc.addr=:8081").httpAddr()).isEqualTo(":8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--grpc.addr=localhost", "--grpc.addr=:http", "--grpc.addr=", "--grpc.addr"})
    void grpcAddressMustBeHostAndPort(String flag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(flag)).withMessageContaining(flag);
    }

    @Test
    void usageNamesTheGrpcFlagAndThatItIsOffByDefault() {
        assertThat(Options.USAGE).contains("--grpc.addr", "(default: off)");
    }

    @Test
    void tracingIsOffByDefault() {
        assertThat(Options.parse().tracing()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--tracing", "-tracing", "--tracing=true"})
    void tracingFlagSwitchesTracingOn(String flag) {
        assertThat(Options.parse(flag).tracing()).isTrue();
    }

    @Test
    void tracingFlagCanSwitchTracingOff() {
        assertThat(Options.parse(Map.of(Options.TRACING_VARIABLE, "true"), "--tracing=false").tracing()).isFalse();
    }

    @Test
    void environmentVariableSwitchesTracingOn() {
        assertThat(Options.parse(Map.of(Options.TRACING_VARIABLE, "true")).tracing()).isTrue();
        assertThat(Options.parse(Map.of(Options.TRACING_VARIABLE, "no")).tracing()).isFalse();
    }

    @Test
    void rateLimitIsGenerousByDefault() {
        assertThat(Options.parse().rateLimit()).isEqualTo(Options.DEFAULT_RATE_LIMIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--ratelimit=5", "-ratelimit=5"})
    void rateLimitFlagSetsCallsPerSecond(String flag) {
        assertThat(Options.parse(flag).rateLimit()).isEqualTo(5);
    }

    @Test
    void rateLimitZeroSwitchesTheLimiterOff() {
        assertThat(Options.parse("--ratelimit", "0").rateLimit()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--ratelimit=-1", "--ratelimit=many", "--ratelimit"})
    void rateLimitMustBeANumberOfCallsPerSecond(String flag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(flag)).withMessageContaining("calls per second");
    }

    @Test
    void handlersRunOnTheEventLoopsUnlessThreadsAreAskedFor() {
        assertThat(Options.parse().threads()).isFalse();
        assertThat(Options.parse("--threads").threads()).isTrue();
        assertThat(Options.parse("-threads=false").threads()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--zipkin.url=http://zipkin:9411/api/v2/spans", "-zipkin.url=http://zipkin:9411/api/v2/spans"})
    void zipkinUrlSwitchesTracingOn(String flag) {
        Options options = Options.parse(flag);
        assertThat(options.zipkinUrl()).isEqualTo(URI.create("http://zipkin:9411/api/v2/spans"));
        assertThat(options.otlpEndpoint()).isNull();
        assertThat(options.tracing()).isTrue();
    }

    @Test
    void otlpEndpointIsTheNextArgumentOrFollowsAnEqualsSign() {
        assertThat(Options.parse("--otlp.endpoint", "https://collector:4318").otlpEndpoint())
                .isEqualTo(URI.create("https://collector:4318"));
        Options options = Options.parse("-otlp.endpoint=http://127.0.0.1:4318");
        assertThat(options.otlpEndpoint()).isEqualTo(URI.create("http://127.0.0.1:4318"));
        assertThat(options.tracing()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--zipkin.url=zipkin:9411", "--zipkin.url=/api/v2/spans", "--otlp.endpoint=grpc://c:4317",
            "--otlp.endpoint=http://a b", "--otlp.endpoint", "--zipkin.url="})
    void collectorMustBeAnHttpUrl(String flag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(flag))
                .withMessage("flag needs an http:// or https:// URL: " + flag);
    }

    @Test
    void usageNamesTheCollectorFlags() {
        assertThat(Options.USAGE).contains("--zipkin.url", "/api/v2/spans", "--otlp.endpoint");
    }

    @Test
    void etcdFlagsRegisterTheInstanceOnAShortLease() {
        assertThat(Options.parse().etcd()).as("nowhere by default").isNull();
        assertThat(Options.parse("--etcd.endpoints=http://127.0.0.1:2379").etcd())
                .isEqualTo(new Options.Etcd(List.of(URI.create("http://127.0.0.1:2379")), Duration.ofSeconds(10)));
        assertThat(Options.parse("-etcd.endpoints", "http://a:2379,https://b:2379", "--etcd.ttl=3s").etcd())
                .isEqualTo(new Options.Etcd(List.of(URI.create("http://a:2379"), URI.create("https://b:2379")), Duration.ofSeconds(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--etcd.endpoints=127.0.0.1:2379", "--etcd.endpoints=http://a:2379,,http://b:2379",
            "--etcd.endpoints=http://a:2379/v3", "--etcd.endpoints"})
    void etcdEndpointsMustBeUrlsOfHostAndPort(String flag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(flag)).withMessageContaining("not an etcd endpoint");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--etcd.ttl=1", "--etcd.ttl=61s", "--etcd.ttl=soon"})
    void etcdLeaseMustBeTwoToSixtySeconds(String flag) {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--etcd.endpoints=http://a:2379", flag))
                .withMessage("flag needs a lease from 2 to 60 seconds: " + flag);
    }
}
