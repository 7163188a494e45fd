package dev.javakit.grpc.echo;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.ExtensionRegistryLite;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import dev.javakit.grpc.codec.ProtoCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Hand-written codecs of echo.proto's messages, as the processor generates them: on
 * CodedOutputStream and CodedInputStream, unknown fields skipped. {@code text} is required, as a
 * generated codec requires a record component that may not be null.
 */
public final class EchoCodecs {

    public static final ProtoCodec<EchoRequest> REQUEST = new ProtoCodec<>() {
        @Override
        public byte[] encode(EchoRequest value) {
            return write(out -> {
                out.writeString(1, value.text());
                if (value.sleepMillis() != 0) {
                    out.writeInt64(2, value.sleepMillis());
                }
            });
        }

        @Override
        public EchoRequest decode(CodedInputStream in) throws IOException {
            String text = null;
            long sleepMillis = 0;
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                switch (tag) {
                    case 10 -> text = in.readStringRequireUtf8();
                    case 16 -> sleepMillis = in.readInt64();
                    default -> {
                        if (!in.skipField(tag)) {
                            return finish(text, sleepMillis);
                        }
                    }
                }
            }
            return finish(text, sleepMillis);
        }

        private EchoRequest finish(String text, long sleepMillis) throws InvalidProtocolBufferException {
            if (text == null) {
                throw new InvalidProtocolBufferException("EchoRequest.text is missing");
            }
            return new EchoRequest(text, sleepMillis);
        }
    };

    public static final ProtoCodec<EchoReply> REPLY = new ProtoCodec<>() {
        @Override
        public byte[] encode(EchoReply value) {
            return write(out -> {
                out.writeString(1, value.text());
                if (value.remaining() != null) {
                    out.writeMessage(2, com.google.protobuf.Duration.newBuilder()
                            .setSeconds(value.remaining().getSeconds()).setNanos(value.remaining().getNano()).build());
                }
                if (value.servedAt() != null) {
                    out.writeMessage(3, Timestamp.newBuilder()
                            .setSeconds(value.servedAt().getEpochSecond()).setNanos(value.servedAt().getNano()).build());
                }
            });
        }

        @Override
        public EchoReply decode(CodedInputStream in) throws IOException {
            String text = "";
            Duration remaining = null;
            Instant servedAt = null;
            ExtensionRegistryLite none = ExtensionRegistryLite.getEmptyRegistry();
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                switch (tag) {
                    case 10 -> text = in.readStringRequireUtf8();
                    case 18 -> {
                        com.google.protobuf.Duration d = in.readMessage(com.google.protobuf.Duration.parser(), none);
                        remaining = Duration.ofSeconds(d.getSeconds(), d.getNanos());
                    }
                    case 26 -> {
                        Timestamp t = in.readMessage(Timestamp.parser(), none);
                        servedAt = Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
                    }
                    default -> {
                        if (!in.skipField(tag)) {
                            return new EchoReply(text, remaining, servedAt);
                        }
                    }
                }
            }
            return new EchoReply(text, remaining, servedAt);
        }
    };

    private EchoCodecs() {
    }

    private interface Writer {
        void write(CodedOutputStream out) throws IOException;
    }

    private static byte[] write(Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(bytes);
            writer.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
