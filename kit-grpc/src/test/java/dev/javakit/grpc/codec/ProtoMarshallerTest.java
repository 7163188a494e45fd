package dev.javakit.grpc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.grpc.echo.EchoCodecs;
import dev.javakit.grpc.echo.EchoRequest;
import io.grpc.Drainable;
import io.grpc.KnownLength;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ProtoMarshallerTest {

    private final ProtoMarshaller<EchoRequest> requests = ProtoMarshaller.of(EchoCodecs.REQUEST, "request of Echo");

    @Test
    void streamsKnowTheirLengthAndDrainInOneCopy() throws Exception {
        byte[] encoded = EchoCodecs.REQUEST.encode(new EchoRequest("hello", 7));

        InputStream stream = requests.stream(new EchoRequest("hello", 7));

        assertThat(stream).isInstanceOf(KnownLength.class).isInstanceOf(Drainable.class);
        assertThat(stream.available()).isEqualTo(encoded.length);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        assertThat(((Drainable) stream).drainTo(frame)).isEqualTo(encoded.length);
        assertThat(frame.toByteArray()).isEqualTo(encoded);
        assertThat(stream.available()).isZero();
    }

    @Test
    void parsesWhatItStreamed() {
        assertThat(requests.parse(requests.stream(new EchoRequest("hello", 7)))).isEqualTo(new EchoRequest("hello", 7));
    }

    @Test
    void parsesStreamsOfUnknownLengthToTheirEnd() {
        byte[] encoded = EchoCodecs.REQUEST.encode(new EchoRequest("hello"));

        assertThat(requests.parse(new ByteArrayInputStream(encoded) {
            @Override
            public synchronized int available() {
                return 1;
            }
        })).isEqualTo(new EchoRequest("hello"));
    }

    @Test
    void unparsableMessageIsInternalNamingTheMessage() {
        assertThatThrownBy(() -> requests.parse(new ByteArrayInputStream(new byte[] {0x10, 0x01})))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
                    assertThat(e.getStatus().getDescription())
                            .isEqualTo("invalid request of Echo: EchoRequest.text is missing");
                });
    }

    @Test
    void unparsedMarshallerKeepsTheBytes() {
        byte[] message = {1, 2, 3};

        assertThat(ProtoMarshaller.unparsed().parse(ProtoMarshaller.unparsed().stream(message))).isEqualTo(message);
    }
}
