package rich;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import dev.javakit.grpc.codec.MessageCodec;
import dev.javakit.grpc.codec.MessageSizes;
import dev.javakit.grpc.codec.ProtoCodec;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The protobuf codecs of {@link RichService}'s requests, responses and records, in the layout of
 * {@code META-INF/javakit/rich.RichService.proto}; the gRPC transport reads and writes its messages with them.
 */
@Generated("dev.javakit.processor.KitProcessor")
public final class RichServiceProtoCodecs {
    /**
     * The codec of message {@code EchoRequest}, read into {@link RichServiceEndpoints.EchoRequest}.
     */
    public static final ProtoCodec<RichServiceEndpoints.EchoRequest> ECHO_REQUEST = MessageCodec.of(RichServiceProtoCodecs::sizeOfEchoRequest, RichServiceProtoCodecs::writeEchoRequest, RichServiceProtoCodecs::readEchoRequest);

    /**
     * The codec of message {@code EchoResponse}, read into {@link RichServiceEndpoints.EchoResponse}.
     */
    public static final ProtoCodec<RichServiceEndpoints.EchoResponse> ECHO_RESPONSE = MessageCodec.of(RichServiceProtoCodecs::sizeOfEchoResponse, RichServiceProtoCodecs::writeEchoResponse, RichServiceProtoCodecs::readEchoResponse);

    /**
     * The codec of message {@code PostProfileRequest}, read into {@link RichServiceEndpoints.PostProfileRequest}.
     */
    public static final ProtoCodec<RichServiceEndpoints.PostProfileRequest> POST_PROFILE_REQUEST = MessageCodec.of(RichServiceProtoCodecs::sizeOfPostProfileRequest, RichServiceProtoCodecs::writePostProfileRequest, RichServiceProtoCodecs::readPostProfileRequest);

    /**
     * The codec of message {@code PostProfileResponse}, read into {@link RichServiceEndpoints.PostProfileResponse}.
     */
    public static final ProtoCodec<RichServiceEndpoints.PostProfileResponse> POST_PROFILE_RESPONSE = MessageCodec.of(RichServiceProtoCodecs::sizeOfPostProfileResponse, RichServiceProtoCodecs::writePostProfileResponse, RichServiceProtoCodecs::readPostProfileResponse);

    /**
     * The codec of message {@code ListRequest}, read into {@link RichServiceEndpoints.ListRequest}.
     */
    public static final ProtoCodec<RichServiceEndpoints.ListRequest> LIST_REQUEST = MessageCodec.flat(RichServiceProtoCodecs::sizeOfListRequest, RichServiceProtoCodecs::writeListRequest, RichServiceProtoCodecs::readListRequest);

    /**
     * The codec of message {@code ListResponse}, read into {@link RichServiceEndpoints.ListResponse}.
     */
    public static final ProtoCodec<RichServiceEndpoints.ListResponse> LIST_RESPONSE = MessageCodec.of(RichServiceProtoCodecs::sizeOfListResponse, RichServiceProtoCodecs::writeListResponse, RichServiceProtoCodecs::readListResponse);

    /**
     * The codec of message {@code NodesRequest}, read into {@link RichServiceEndpoints.NodesRequest}.
     */
    public static final ProtoCodec<RichServiceEndpoints.NodesRequest> NODES_REQUEST = MessageCodec.of(RichServiceProtoCodecs::sizeOfNodesRequest, RichServiceProtoCodecs::writeNodesRequest, RichServiceProtoCodecs::readNodesRequest);

    /**
     * The codec of message {@code NodesResponse}, read into {@link RichServiceEndpoints.NodesResponse}.
     */
    public static final ProtoCodec<RichServiceEndpoints.NodesResponse> NODES_RESPONSE = MessageCodec.of(RichServiceProtoCodecs::sizeOfNodesResponse, RichServiceProtoCodecs::writeNodesResponse, RichServiceProtoCodecs::readNodesResponse);

    /**
     * The codec of message {@code ClearRequest}, read into {@link RichServiceEndpoints.ClearRequest}.
     */
    public static final ProtoCodec<RichServiceEndpoints.ClearRequest> CLEAR_REQUEST = MessageCodec.flat(RichServiceProtoCodecs::sizeOfClearRequest, RichServiceProtoCodecs::writeClearRequest, RichServiceProtoCodecs::readClearRequest);

    /**
     * The codec of message {@code ClearResponse}, read into {@link RichServiceEndpoints.ClearResponse}.
     */
    public static final ProtoCodec<RichServiceEndpoints.ClearResponse> CLEAR_RESPONSE = MessageCodec.flat(RichServiceProtoCodecs::sizeOfClearResponse, RichServiceProtoCodecs::writeClearResponse, RichServiceProtoCodecs::readClearResponse);

    /**
     * The codec of message {@code Address}, read into {@link Address}.
     */
    public static final ProtoCodec<Address> ADDRESS = MessageCodec.flat(RichServiceProtoCodecs::sizeOfAddress, RichServiceProtoCodecs::writeAddress, RichServiceProtoCodecs::readAddress);

    /**
     * The codec of message {@code Everything}, read into {@link Everything}.
     */
    public static final ProtoCodec<Everything> EVERYTHING = MessageCodec.of(RichServiceProtoCodecs::sizeOfEverything, RichServiceProtoCodecs::writeEverything, RichServiceProtoCodecs::readEverything);

    /**
     * The codec of message {@code Item}, read into {@link Item}.
     */
    public static final ProtoCodec<Item> ITEM = MessageCodec.flat(RichServiceProtoCodecs::sizeOfItem, RichServiceProtoCodecs::writeItem, RichServiceProtoCodecs::readItem);

    private static final Kind[] KIND_VALUES = Kind.values();

    /**
     * The codec of message {@code Node}, read into {@link Node}.
     */
    public static final ProtoCodec<Node> NODE = MessageCodec.of(RichServiceProtoCodecs::sizeOfNode, RichServiceProtoCodecs::writeNode, RichServiceProtoCodecs::readNode);

    /**
     * The codec of message {@code Page_Node}, read into {@link Page}.
     */
    public static final ProtoCodec<Page<Node>> PAGE_NODE = MessageCodec.of(RichServiceProtoCodecs::sizeOfPage_Node, RichServiceProtoCodecs::writePage_Node, RichServiceProtoCodecs::readPage_Node);

    /**
     * The codec of message {@code Profile}, read into {@link Profile}.
     */
    public static final ProtoCodec<Profile> PROFILE = MessageCodec.of(RichServiceProtoCodecs::sizeOfProfile, RichServiceProtoCodecs::writeProfile, RichServiceProtoCodecs::readProfile);

    private RichServiceProtoCodecs() {
    }

    /**
     * Returns the constant numbered {@code number}, {@code null} for {@code KIND_UNSPECIFIED} and unknown numbers.
     */
    private static Kind toKind(int number) {
        return number >= 1 && number <= KIND_VALUES.length ? KIND_VALUES[number - 1] : null;
    }

    private static int sizeOfEchoRequest(RichServiceEndpoints.EchoRequest value,
            MessageSizes sizes) {
        int size = 0;
        var everything = value.everything();
        if (everything != null) {
            size += 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfEverything(everything, sizes)));
        }
        var note = value.note();
        if (note != null) {
            size += 1 + CodedOutputStream.computeStringSizeNoTag(note);
        }
        return size;
    }

    private static void writeEchoRequest(RichServiceEndpoints.EchoRequest value,
            CodedOutputStream out, MessageSizes sizes) throws IOException {
        var everything = value.everything();
        if (everything != null) {
            out.writeTag(1, 2);
            out.writeUInt32NoTag(sizes.next());
            writeEverything(everything, out, sizes);
        }
        var note = value.note();
        if (note != null) {
            out.writeString(2, note);
        }
    }

    private static RichServiceEndpoints.EchoRequest readEchoRequest(CodedInputStream in, int depth)
            throws IOException {
        Everything everything = null;
        String note = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // everything, length-delimited
                    everything = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readEverything);
                    break;
                }
                case 18: { // note, length-delimited
                    note = in.readStringRequireUtf8();
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        if (everything == null) {
            throw MessageCodec.missing("everything", "EchoRequest");
        }
        return new RichServiceEndpoints.EchoRequest(everything, note);
    }

    private static int sizeOfEchoResponse(RichServiceEndpoints.EchoResponse value,
            MessageSizes sizes) {
        int size = 0;
        var result = value.result();
        if (result != null) {
            size += 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfEverything(result, sizes)));
        }
        return size;
    }

    private static void writeEchoResponse(RichServiceEndpoints.EchoResponse value,
            CodedOutputStream out, MessageSizes sizes) throws IOException {
        var result = value.result();
        if (result != null) {
            out.writeTag(1, 2);
            out.writeUInt32NoTag(sizes.next());
            writeEverything(result, out, sizes);
        }
    }

    private static RichServiceEndpoints.EchoResponse readEchoResponse(CodedInputStream in,
            int depth) throws IOException {
        Everything result = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // result, length-delimited
                    result = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readEverything);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        if (result == null) {
            throw MessageCodec.missing("result", "EchoResponse");
        }
        return new RichServiceEndpoints.EchoResponse(result);
    }

    private static int sizeOfPostProfileRequest(RichServiceEndpoints.PostProfileRequest value,
            MessageSizes sizes) {
        int size = 0;
        var profile = value.profile();
        if (profile != null) {
            size += 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfProfile(profile, sizes)));
        }
        return size;
    }

    private static void writePostProfileRequest(RichServiceEndpoints.PostProfileRequest value,
            CodedOutputStream out, MessageSizes sizes) throws IOException {
        var profile = value.profile();
        if (profile != null) {
            out.writeTag(1, 2);
            out.writeUInt32NoTag(sizes.next());
            writeProfile(profile, out, sizes);
        }
    }

    private static RichServiceEndpoints.PostProfileRequest readPostProfileRequest(
            CodedInputStream in, int depth) throws IOException {
        Profile profile = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // profile, length-delimited
                    profile = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readProfile);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        if (profile == null) {
            throw MessageCodec.missing("profile", "PostProfileRequest");
        }
        return new RichServiceEndpoints.PostProfileRequest(profile);
    }

    private static int sizeOfPostProfileResponse(RichServiceEndpoints.PostProfileResponse value,
            MessageSizes sizes) {
        int size = 0;
        var result = value.result();
        if (result != null) {
            size += 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfProfile(result, sizes)));
        }
        return size;
    }

    private static void writePostProfileResponse(RichServiceEndpoints.PostProfileResponse value,
            CodedOutputStream out, MessageSizes sizes) throws IOException {
        var result = value.result();
        if (result != null) {
            out.writeTag(1, 2);
            out.writeUInt32NoTag(sizes.next());
            writeProfile(result, out, sizes);
        }
    }

    private static RichServiceEndpoints.PostProfileResponse readPostProfileResponse(
            CodedInputStream in, int depth) throws IOException {
        Profile result = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // result, length-delimited
                    result = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readProfile);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        if (result == null) {
            throw MessageCodec.missing("result", "PostProfileResponse");
        }
        return new RichServiceEndpoints.PostProfileResponse(result);
    }

    private static int sizeOfListRequest(RichServiceEndpoints.ListRequest value,
            MessageSizes sizes) {
        int size = 0;
        var cursor = value.cursor();
        if (cursor != null && cursor.isPresent()) {
            String cursorValue = cursor.get();
            size += 1 + CodedOutputStream.computeStringSizeNoTag(cursorValue);
        }
        var limitField = value.limit();
        if (limitField != 0) {
            size += 1 + CodedOutputStream.computeInt32SizeNoTag(limitField);
        }
        var kind = value.kind();
        if (kind != null) {
            size += 1 + CodedOutputStream.computeEnumSizeNoTag(kind.ordinal() + 1);
        }
        return size;
    }

    private static void writeListRequest(RichServiceEndpoints.ListRequest value,
            CodedOutputStream out, MessageSizes sizes) throws IOException {
        var cursor = value.cursor();
        if (cursor != null && cursor.isPresent()) {
            String cursorValue = cursor.get();
            out.writeString(3, cursorValue);
        }
        var limitField = value.limit();
        if (limitField != 0) {
            out.writeInt32(1, limitField);
        }
        var kind = value.kind();
        if (kind != null) {
            out.writeEnum(2, kind.ordinal() + 1);
        }
    }

    private static RichServiceEndpoints.ListRequest readListRequest(CodedInputStream in, int depth)
            throws IOException {
        String cursor = null;
        int limitField = 0;
        Kind kind = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 26: { // cursor, length-delimited
                    cursor = in.readStringRequireUtf8();
                    break;
                }
                case 8: { // limit, varint
                    limitField = in.readInt32();
                    break;
                }
                case 16: { // kind, varint
                    kind = toKind(in.readEnum());
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        if (kind == null) {
            throw MessageCodec.missing("kind", "ListRequest");
        }
        return new RichServiceEndpoints.ListRequest(Optional.ofNullable(cursor), limitField, kind);
    }

    private static int sizeOfListResponse(RichServiceEndpoints.ListResponse value,
            MessageSizes sizes) {
        int size = 0;
        var result = value.result();
        if (result != null && !result.isEmpty()) {
            Iterator<Item> iterator = result instanceof RandomAccess ? null : result.iterator();
            for (int i = 0; i < result.size(); i++) {
                Item element = iterator == null ? result.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("result", "ListResponse");
                }
                size += 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfItem(element, sizes)));
            }
        }
        return size;
    }

    private static void writeListResponse(RichServiceEndpoints.ListResponse value,
            CodedOutputStream out, MessageSizes sizes) throws IOException {
        var result = value.result();
        if (result != null && !result.isEmpty()) {
            Iterator<Item> iterator = result instanceof RandomAccess ? null : result.iterator();
            for (int i = 0; i < result.size(); i++) {
                Item element = iterator == null ? result.get(i) : iterator.next();
                out.writeTag(1, 2);
                out.writeUInt32NoTag(sizes.next());
                writeItem(element, out, sizes);
            }
        }
    }

    private static RichServiceEndpoints.ListResponse readListResponse(CodedInputStream in,
            int depth) throws IOException {
        List<Item> result = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // result, length-delimited
                    Item raw = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readItem);
                    if (result == null) {
                        result = new ArrayList<>();
                    }
                    result.add(raw);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return new RichServiceEndpoints.ListResponse(result == null ? List.of() : result);
    }

    private static int sizeOfNodesRequest(RichServiceEndpoints.NodesRequest value,
            MessageSizes sizes) {
        int size = 0;
        var root = value.root();
        if (root != null) {
            size += 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfNode(root, sizes)));
        }
        return size;
    }

    private static void writeNodesRequest(RichServiceEndpoints.NodesRequest value,
            CodedOutputStream out, MessageSizes sizes) throws IOException {
        var root = value.root();
        if (root != null) {
            out.writeTag(1, 2);
            out.writeUInt32NoTag(sizes.next());
            writeNode(root, out, sizes);
        }
    }

    private static RichServiceEndpoints.NodesRequest readNodesRequest(CodedInputStream in,
            int depth) throws IOException {
        Node root = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // root, length-delimited
                    root = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readNode);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        if (root == null) {
            throw MessageCodec.missing("root", "NodesRequest");
        }
        return new RichServiceEndpoints.NodesRequest(root);
    }

    private static int sizeOfNodesResponse(RichServiceEndpoints.NodesResponse value,
            MessageSizes sizes) {
        int size = 0;
        var result = value.result();
        if (result != null) {
            size += 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfPage_Node(result, sizes)));
        }
        return size;
    }

    private static void writeNodesResponse(RichServiceEndpoints.NodesResponse value,
            CodedOutputStream out, MessageSizes sizes) throws IOException {
        var result = value.result();
        if (result != null) {
            out.writeTag(1, 2);
            out.writeUInt32NoTag(sizes.next());
            writePage_Node(result, out, sizes);
        }
    }

    private static RichServiceEndpoints.NodesResponse readNodesResponse(CodedInputStream in,
            int depth) throws IOException {
        Page<Node> result = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // result, length-delimited
                    result = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readPage_Node);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        if (result == null) {
            throw MessageCodec.missing("result", "NodesResponse");
        }
        return new RichServiceEndpoints.NodesResponse(result);
    }

    private static int sizeOfClearRequest(RichServiceEndpoints.ClearRequest value,
            MessageSizes sizes) {
        return 0;
    }

    private static void writeClearRequest(RichServiceEndpoints.ClearRequest value,
            CodedOutputStream out, MessageSizes sizes) throws IOException {
    }

    private static RichServiceEndpoints.ClearRequest readClearRequest(CodedInputStream in,
            int depth) throws IOException {
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return new RichServiceEndpoints.ClearRequest();
    }

    private static int sizeOfClearResponse(RichServiceEndpoints.ClearResponse value,
            MessageSizes sizes) {
        return 0;
    }

    private static void writeClearResponse(RichServiceEndpoints.ClearResponse value,
            CodedOutputStream out, MessageSizes sizes) throws IOException {
    }

    private static RichServiceEndpoints.ClearResponse readClearResponse(CodedInputStream in,
            int depth) throws IOException {
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return new RichServiceEndpoints.ClearResponse();
    }

    private static int sizeOfAddress(Address value, MessageSizes sizes) {
        int size = 0;
        var id = value.id();
        if (id != null) {
            size += 1 + CodedOutputStream.computeStringSizeNoTag(id);
        }
        var location = value.location();
        if (location != null) {
            size += 1 + CodedOutputStream.computeStringSizeNoTag(location);
        }
        return size;
    }

    private static void writeAddress(Address value, CodedOutputStream out, MessageSizes sizes)
            throws IOException {
        var id = value.id();
        if (id != null) {
            out.writeString(1, id);
        }
        var location = value.location();
        if (location != null) {
            out.writeString(2, location);
        }
    }

    private static Address readAddress(CodedInputStream in, int depth) throws IOException {
        String id = null;
        String location = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // id, length-delimited
                    id = in.readStringRequireUtf8();
                    break;
                }
                case 18: { // location, length-delimited
                    location = in.readStringRequireUtf8();
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return new Address(id, location);
    }

    private static int sizeOfEverything(Everything value, MessageSizes sizes) {
        int size = 0;
        var textField = value.text();
        if (textField != null && !textField.isEmpty()) {
            size += 1 + CodedOutputStream.computeStringSizeNoTag(textField);
        }
        var numberField = value.number();
        if (numberField != 0) {
            size += 1 + CodedOutputStream.computeInt32SizeNoTag(numberField);
        }
        var big = value.big();
        if (big != 0) {
            size += 1 + CodedOutputStream.computeInt64SizeNoTag(big);
        }
        var small = value.small();
        if (small != 0) {
            size += 1 + CodedOutputStream.computeInt32SizeNoTag(small);
        }
        var tiny = value.tiny();
        if (tiny != 0) {
            size += 1 + CodedOutputStream.computeInt32SizeNoTag(tiny);
        }
        var flag = value.flag();
        if (flag) {
            size += 1 + CodedOutputStream.computeBoolSizeNoTag(flag);
        }
        var ratio = value.ratio();
        if (Float.floatToRawIntBits(ratio) != 0) {
            size += 1 + CodedOutputStream.computeFloatSizeNoTag(ratio);
        }
        var precise = value.precise();
        if (Double.doubleToRawLongBits(precise) != 0) {
            size += 1 + CodedOutputStream.computeDoubleSizeNoTag(precise);
        }
        var letter = value.letter();
        size += 1 + CodedOutputStream.computeStringSizeNoTag(String.valueOf(letter));
        var data = value.data();
        if (data != null && data.length != 0) {
            size += 1 + CodedOutputStream.computeByteArraySizeNoTag(data);
        }
        var boxed = value.boxed();
        if (boxed != null && boxed != 0) {
            size += 1 + CodedOutputStream.computeInt32SizeNoTag(boxed);
        }
        var maybeLong = value.maybeLong();
        if (maybeLong != null) {
            size += 1 + CodedOutputStream.computeInt64SizeNoTag(maybeLong);
        }
        var maybeText = value.maybeText();
        if (maybeText != null && maybeText.isPresent()) {
            String maybeTextValue = maybeText.get();
            size += 1 + CodedOutputStream.computeStringSizeNoTag(maybeTextValue);
        }
        var maybeInt = value.maybeInt();
        if (maybeInt != null && maybeInt.isPresent()) {
            int maybeIntValue = maybeInt.getAsInt();
            size += 1 + CodedOutputStream.computeInt32SizeNoTag(maybeIntValue);
        }
        var maybeBig = value.maybeBig();
        if (maybeBig != null && maybeBig.isPresent()) {
            long maybeBigValue = maybeBig.getAsLong();
            size += 1 + CodedOutputStream.computeInt64SizeNoTag(maybeBigValue);
        }
        var maybeDouble = value.maybeDouble();
        if (maybeDouble != null && maybeDouble.isPresent()) {
            double maybeDoubleValue = maybeDouble.getAsDouble();
            size += 2 + CodedOutputStream.computeDoubleSizeNoTag(maybeDoubleValue);
        }
        var id = value.id();
        if (id != null) {
            size += 2 + CodedOutputStream.computeStringSizeNoTag(id.toString());
        }
        var price = value.price();
        if (price != null) {
            size += 2 + CodedOutputStream.computeStringSizeNoTag(price.toString());
        }
        var huge = value.huge();
        if (huge != null) {
            size += 2 + CodedOutputStream.computeStringSizeNoTag(huge.toString());
        }
        var at = value.at();
        if (at != null) {
            size += 2 + lengthDelimited(sizeOfProtobufTimestamp(at));
        }
        var took = value.took();
        if (took != null) {
            size += 2 + lengthDelimited(sizeOfProtobufDuration(took));
        }
        var day = value.day();
        if (day != null) {
            size += 2 + CodedOutputStream.computeStringSizeNoTag(day.toString());
        }
        var stamp = value.stamp();
        if (stamp != null) {
            size += 2 + CodedOutputStream.computeStringSizeNoTag(stamp.toString());
        }
        var kind = value.kind();
        if (kind != null) {
            size += 2 + CodedOutputStream.computeEnumSizeNoTag(kind.ordinal() + 1);
        }
        var maybeKind = value.maybeKind();
        if (maybeKind != null && maybeKind.isPresent()) {
            Kind maybeKindValue = maybeKind.get();
            size += 2 + CodedOutputStream.computeEnumSizeNoTag(maybeKindValue.ordinal() + 1);
        }
        var item = value.item();
        if (item != null) {
            size += 2 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfItem(item, sizes)));
        }
        var maybeItem = value.maybeItem();
        if (maybeItem != null) {
            size += 2 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfItem(maybeItem, sizes)));
        }
        var tags = value.tags();
        if (tags != null && !tags.isEmpty()) {
            Iterator<String> iterator = tags instanceof RandomAccess ? null : tags.iterator();
            for (int i = 0; i < tags.size(); i++) {
                String element = iterator == null ? tags.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("tags", "Everything");
                }
                size += 2 + CodedOutputStream.computeStringSizeNoTag(element);
            }
        }
        var numbers = value.numbers();
        if (numbers != null && !numbers.isEmpty()) {
            int slot = sizes.reserve();
            int length = 0;
            Iterator<Integer> iterator = numbers instanceof RandomAccess ? null : numbers.iterator();
            for (int i = 0; i < numbers.size(); i++) {
                Integer element = iterator == null ? numbers.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("numbers", "Everything");
                }
                length += CodedOutputStream.computeInt32SizeNoTag(element);
            }
            size += 2 + lengthDelimited(sizes.set(slot, length));
        }
        var longs = value.longs();
        if (longs != null && !longs.isEmpty()) {
            int slot = sizes.reserve();
            int length = 0;
            Iterator<Long> iterator = longs instanceof RandomAccess ? null : longs.iterator();
            for (int i = 0; i < longs.size(); i++) {
                Long element = iterator == null ? longs.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("longs", "Everything");
                }
                length += CodedOutputStream.computeInt64SizeNoTag(element);
            }
            size += 2 + lengthDelimited(sizes.set(slot, length));
        }
        var doubles = value.doubles();
        if (doubles != null && !doubles.isEmpty()) {
            size += 2 + lengthDelimited(doubles.size() * 8);
        }
        var flags = value.flags();
        if (flags != null && !flags.isEmpty()) {
            size += 2 + lengthDelimited(flags.size() * 1);
        }
        var kinds = value.kinds();
        if (kinds != null && !kinds.isEmpty()) {
            int slot = sizes.reserve();
            int length = 0;
            for (Kind element : kinds) {
                if (element == null) {
                    throw MessageCodec.nullElement("kinds", "Everything");
                }
                length += CodedOutputStream.computeEnumSizeNoTag(element.ordinal() + 1);
            }
            size += 2 + lengthDelimited(sizes.set(slot, length));
        }
        var items = value.items();
        if (items != null && !items.isEmpty()) {
            Iterator<Item> iterator = items instanceof RandomAccess ? null : items.iterator();
            for (int i = 0; i < items.size(); i++) {
                Item element = iterator == null ? items.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("items", "Everything");
                }
                size += 2 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfItem(element, sizes)));
            }
        }
        var counts = value.counts();
        if (counts != null) {
            for (var entry : counts.entrySet()) {
                int slot = sizes.reserve();
                String key = entry.getKey();
                Integer element = entry.getValue();
                if (key == null || element == null) {
                    throw MessageCodec.nullEntry("counts", "Everything");
                }
                int length = 1 + CodedOutputStream.computeStringSizeNoTag(key) + 1 + CodedOutputStream.computeInt32SizeNoTag(element);
                size += 2 + lengthDelimited(sizes.set(slot, length));
            }
        }
        var byId = value.byId();
        if (byId != null) {
            for (var entry : byId.entrySet()) {
                int slot = sizes.reserve();
                Long key = entry.getKey();
                Item element = entry.getValue();
                if (key == null || element == null) {
                    throw MessageCodec.nullEntry("by_id", "Everything");
                }
                int length = 1 + CodedOutputStream.computeInt64SizeNoTag(key) + 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfItem(element, sizes)));
                size += 2 + lengthDelimited(sizes.set(slot, length));
            }
        }
        var names = value.names();
        if (names != null) {
            for (var entry : names.entrySet()) {
                int slot = sizes.reserve();
                Kind key = entry.getKey();
                String element = entry.getValue();
                if (key == null || element == null) {
                    throw MessageCodec.nullEntry("names", "Everything");
                }
                int length = 1 + CodedOutputStream.computeStringSizeNoTag(key.name()) + 1 + CodedOutputStream.computeStringSizeNoTag(element);
                size += 2 + lengthDelimited(sizes.set(slot, length));
            }
        }
        var lists = value.lists();
        if (lists != null) {
            for (var entry : lists.entrySet()) {
                int slot = sizes.reserve();
                Integer key = entry.getKey();
                List<String> element = entry.getValue();
                if (key == null || element == null) {
                    throw MessageCodec.nullEntry("lists", "Everything");
                }
                int length = 1 + CodedOutputStream.computeInt32SizeNoTag(key) + 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfStringList(element, sizes)));
                size += 2 + lengthDelimited(sizes.set(slot, length));
            }
        }
        var grid = value.grid();
        if (grid != null && !grid.isEmpty()) {
            Iterator<List<Integer>> iterator = grid instanceof RandomAccess ? null : grid.iterator();
            for (int i = 0; i < grid.size(); i++) {
                List<Integer> element = iterator == null ? grid.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("grid", "Everything");
                }
                size += 2 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfInt32List(element, sizes)));
            }
        }
        var times = value.times();
        if (times != null && !times.isEmpty()) {
            Iterator<Instant> iterator = times instanceof RandomAccess ? null : times.iterator();
            for (int i = 0; i < times.size(); i++) {
                Instant element = iterator == null ? times.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("times", "Everything");
                }
                size += 2 + lengthDelimited(sizeOfProtobufTimestamp(element));
            }
        }
        var sorted = value.sorted();
        if (sorted != null) {
            for (var entry : sorted.entrySet()) {
                int slot = sizes.reserve();
                String key = entry.getKey();
                Long element = entry.getValue();
                if (key == null || element == null) {
                    throw MessageCodec.nullEntry("sorted", "Everything");
                }
                int length = 1 + CodedOutputStream.computeStringSizeNoTag(key) + 1 + CodedOutputStream.computeInt64SizeNoTag(element);
                size += 2 + lengthDelimited(sizes.set(slot, length));
            }
        }
        var maybeTook = value.maybeTook();
        if (maybeTook != null && maybeTook.isPresent()) {
            Duration maybeTookValue = maybeTook.get();
            size += 2 + lengthDelimited(sizeOfProtobufDuration(maybeTookValue));
        }
        var tables = value.tables();
        if (tables != null && !tables.isEmpty()) {
            Iterator<Map<String, Long>> iterator = tables instanceof RandomAccess ? null : tables.iterator();
            for (int i = 0; i < tables.size(); i++) {
                Map<String, Long> element = iterator == null ? tables.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("tables", "Everything");
                }
                size += 2 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfStringInt64Map(element, sizes)));
            }
        }
        var kindsByCode = value.kindsByCode();
        if (kindsByCode != null) {
            for (var entry : kindsByCode.entrySet()) {
                int slot = sizes.reserve();
                Short key = entry.getKey();
                Kind element = entry.getValue();
                if (key == null || element == null) {
                    throw MessageCodec.nullEntry("kinds_by_code", "Everything");
                }
                int length = 1 + CodedOutputStream.computeInt32SizeNoTag(key) + 1 + CodedOutputStream.computeEnumSizeNoTag(element.ordinal() + 1);
                size += 2 + lengthDelimited(sizes.set(slot, length));
            }
        }
        var scores = value.scores();
        if (scores != null && scores.length != 0) {
            int slot = sizes.reserve();
            int length = 0;
            for (int element : scores) {
                length += CodedOutputStream.computeInt32SizeNoTag(element);
            }
            size += 2 + lengthDelimited(sizes.set(slot, length));
        }
        var extras = value.extras();
        if (extras != null && extras.length != 0) {
            for (Item element : extras) {
                if (element == null) {
                    throw MessageCodec.nullElement("extras", "Everything");
                }
                size += 2 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfItem(element, sizes)));
            }
        }
        return size;
    }

    private static void writeEverything(Everything value, CodedOutputStream out, MessageSizes sizes)
            throws IOException {
        var textField = value.text();
        if (textField != null && !textField.isEmpty()) {
            out.writeString(1, textField);
        }
        var numberField = value.number();
        if (numberField != 0) {
            out.writeInt32(2, numberField);
        }
        var big = value.big();
        if (big != 0) {
            out.writeInt64(3, big);
        }
        var small = value.small();
        if (small != 0) {
            out.writeInt32(4, small);
        }
        var tiny = value.tiny();
        if (tiny != 0) {
            out.writeInt32(5, tiny);
        }
        var flag = value.flag();
        if (flag) {
            out.writeBool(6, flag);
        }
        var ratio = value.ratio();
        if (Float.floatToRawIntBits(ratio) != 0) {
            out.writeFloat(7, ratio);
        }
        var precise = value.precise();
        if (Double.doubleToRawLongBits(precise) != 0) {
            out.writeDouble(8, precise);
        }
        var letter = value.letter();
        out.writeString(9, String.valueOf(letter));
        var data = value.data();
        if (data != null && data.length != 0) {
            out.writeByteArray(10, data);
        }
        var boxed = value.boxed();
        if (boxed != null && boxed != 0) {
            out.writeInt32(11, boxed);
        }
        var maybeLong = value.maybeLong();
        if (maybeLong != null) {
            out.writeInt64(12, maybeLong);
        }
        var maybeText = value.maybeText();
        if (maybeText != null && maybeText.isPresent()) {
            String maybeTextValue = maybeText.get();
            out.writeString(13, maybeTextValue);
        }
        var maybeInt = value.maybeInt();
        if (maybeInt != null && maybeInt.isPresent()) {
            int maybeIntValue = maybeInt.getAsInt();
            out.writeInt32(14, maybeIntValue);
        }
        var maybeBig = value.maybeBig();
        if (maybeBig != null && maybeBig.isPresent()) {
            long maybeBigValue = maybeBig.getAsLong();
            out.writeInt64(15, maybeBigValue);
        }
        var maybeDouble = value.maybeDouble();
        if (maybeDouble != null && maybeDouble.isPresent()) {
            double maybeDoubleValue = maybeDouble.getAsDouble();
            out.writeDouble(16, maybeDoubleValue);
        }
        var id = value.id();
        if (id != null) {
            out.writeString(17, id.toString());
        }
        var price = value.price();
        if (price != null) {
            out.writeString(18, price.toString());
        }
        var huge = value.huge();
        if (huge != null) {
            out.writeString(19, huge.toString());
        }
        var at = value.at();
        if (at != null) {
            out.writeTag(20, 2);
            out.writeUInt32NoTag(sizeOfProtobufTimestamp(at));
            writeProtobufTimestamp(at, out);
        }
        var took = value.took();
        if (took != null) {
            out.writeTag(21, 2);
            out.writeUInt32NoTag(sizeOfProtobufDuration(took));
            writeProtobufDuration(took, out);
        }
        var day = value.day();
        if (day != null) {
            out.writeString(22, day.toString());
        }
        var stamp = value.stamp();
        if (stamp != null) {
            out.writeString(23, stamp.toString());
        }
        var kind = value.kind();
        if (kind != null) {
            out.writeEnum(24, kind.ordinal() + 1);
        }
        var maybeKind = value.maybeKind();
        if (maybeKind != null && maybeKind.isPresent()) {
            Kind maybeKindValue = maybeKind.get();
            out.writeEnum(25, maybeKindValue.ordinal() + 1);
        }
        var item = value.item();
        if (item != null) {
            out.writeTag(26, 2);
            out.writeUInt32NoTag(sizes.next());
            writeItem(item, out, sizes);
        }
        var maybeItem = value.maybeItem();
        if (maybeItem != null) {
            out.writeTag(27, 2);
            out.writeUInt32NoTag(sizes.next());
            writeItem(maybeItem, out, sizes);
        }
        var tags = value.tags();
        if (tags != null && !tags.isEmpty()) {
            Iterator<String> iterator = tags instanceof RandomAccess ? null : tags.iterator();
            for (int i = 0; i < tags.size(); i++) {
                String element = iterator == null ? tags.get(i) : iterator.next();
                out.writeString(28, element);
            }
        }
        var numbers = value.numbers();
        if (numbers != null && !numbers.isEmpty()) {
            out.writeTag(29, 2);
            out.writeUInt32NoTag(sizes.next());
            Iterator<Integer> iterator = numbers instanceof RandomAccess ? null : numbers.iterator();
            for (int i = 0; i < numbers.size(); i++) {
                Integer element = iterator == null ? numbers.get(i) : iterator.next();
                out.writeInt32NoTag(element);
            }
        }
        var longs = value.longs();
        if (longs != null && !longs.isEmpty()) {
            out.writeTag(30, 2);
            out.writeUInt32NoTag(sizes.next());
            Iterator<Long> iterator = longs instanceof RandomAccess ? null : longs.iterator();
            for (int i = 0; i < longs.size(); i++) {
                Long element = iterator == null ? longs.get(i) : iterator.next();
                out.writeInt64NoTag(element);
            }
        }
        var doubles = value.doubles();
        if (doubles != null && !doubles.isEmpty()) {
            out.writeTag(31, 2);
            out.writeUInt32NoTag(doubles.size() * 8);
            Iterator<Double> iterator = doubles instanceof RandomAccess ? null : doubles.iterator();
            for (int i = 0; i < doubles.size(); i++) {
                Double element = iterator == null ? doubles.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("doubles", "Everything");
                }
                out.writeDoubleNoTag(element);
            }
        }
        var flags = value.flags();
        if (flags != null && !flags.isEmpty()) {
            out.writeTag(32, 2);
            out.writeUInt32NoTag(flags.size() * 1);
            Iterator<Boolean> iterator = flags instanceof RandomAccess ? null : flags.iterator();
            for (int i = 0; i < flags.size(); i++) {
                Boolean element = iterator == null ? flags.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("flags", "Everything");
                }
                out.writeBoolNoTag(element);
            }
        }
        var kinds = value.kinds();
        if (kinds != null && !kinds.isEmpty()) {
            out.writeTag(33, 2);
            out.writeUInt32NoTag(sizes.next());
            for (Kind element : kinds) {
                out.writeEnumNoTag(element.ordinal() + 1);
            }
        }
        var items = value.items();
        if (items != null && !items.isEmpty()) {
            Iterator<Item> iterator = items instanceof RandomAccess ? null : items.iterator();
            for (int i = 0; i < items.size(); i++) {
                Item element = iterator == null ? items.get(i) : iterator.next();
                out.writeTag(34, 2);
                out.writeUInt32NoTag(sizes.next());
                writeItem(element, out, sizes);
            }
        }
        var counts = value.counts();
        if (counts != null) {
            for (var entry : counts.entrySet()) {
                out.writeTag(35, 2);
                out.writeUInt32NoTag(sizes.next());
                String key = entry.getKey();
                Integer element = entry.getValue();
                out.writeString(1, key);
                out.writeInt32(2, element);
            }
        }
        var byId = value.byId();
        if (byId != null) {
            for (var entry : byId.entrySet()) {
                out.writeTag(36, 2);
                out.writeUInt32NoTag(sizes.next());
                Long key = entry.getKey();
                Item element = entry.getValue();
                out.writeInt64(1, key);
                out.writeTag(2, 2);
                out.writeUInt32NoTag(sizes.next());
                writeItem(element, out, sizes);
            }
        }
        var names = value.names();
        if (names != null) {
            for (var entry : names.entrySet()) {
                out.writeTag(37, 2);
                out.writeUInt32NoTag(sizes.next());
                Kind key = entry.getKey();
                String element = entry.getValue();
                out.writeString(1, key.name());
                out.writeString(2, element);
            }
        }
        var lists = value.lists();
        if (lists != null) {
            for (var entry : lists.entrySet()) {
                out.writeTag(38, 2);
                out.writeUInt32NoTag(sizes.next());
                Integer key = entry.getKey();
                List<String> element = entry.getValue();
                out.writeInt32(1, key);
                out.writeTag(2, 2);
                out.writeUInt32NoTag(sizes.next());
                writeStringList(element, out, sizes);
            }
        }
        var grid = value.grid();
        if (grid != null && !grid.isEmpty()) {
            Iterator<List<Integer>> iterator = grid instanceof RandomAccess ? null : grid.iterator();
            for (int i = 0; i < grid.size(); i++) {
                List<Integer> element = iterator == null ? grid.get(i) : iterator.next();
                out.writeTag(39, 2);
                out.writeUInt32NoTag(sizes.next());
                writeInt32List(element, out, sizes);
            }
        }
        var times = value.times();
        if (times != null && !times.isEmpty()) {
            Iterator<Instant> iterator = times instanceof RandomAccess ? null : times.iterator();
            for (int i = 0; i < times.size(); i++) {
                Instant element = iterator == null ? times.get(i) : iterator.next();
                out.writeTag(40, 2);
                out.writeUInt32NoTag(sizeOfProtobufTimestamp(element));
                writeProtobufTimestamp(element, out);
            }
        }
        var sorted = value.sorted();
        if (sorted != null) {
            for (var entry : sorted.entrySet()) {
                out.writeTag(41, 2);
                out.writeUInt32NoTag(sizes.next());
                String key = entry.getKey();
                Long element = entry.getValue();
                out.writeString(1, key);
                out.writeInt64(2, element);
            }
        }
        var maybeTook = value.maybeTook();
        if (maybeTook != null && maybeTook.isPresent()) {
            Duration maybeTookValue = maybeTook.get();
            out.writeTag(42, 2);
            out.writeUInt32NoTag(sizeOfProtobufDuration(maybeTookValue));
            writeProtobufDuration(maybeTookValue, out);
        }
        var tables = value.tables();
        if (tables != null && !tables.isEmpty()) {
            Iterator<Map<String, Long>> iterator = tables instanceof RandomAccess ? null : tables.iterator();
            for (int i = 0; i < tables.size(); i++) {
                Map<String, Long> element = iterator == null ? tables.get(i) : iterator.next();
                out.writeTag(43, 2);
                out.writeUInt32NoTag(sizes.next());
                writeStringInt64Map(element, out, sizes);
            }
        }
        var kindsByCode = value.kindsByCode();
        if (kindsByCode != null) {
            for (var entry : kindsByCode.entrySet()) {
                out.writeTag(44, 2);
                out.writeUInt32NoTag(sizes.next());
                Short key = entry.getKey();
                Kind element = entry.getValue();
                out.writeInt32(1, key);
                out.writeEnum(2, element.ordinal() + 1);
            }
        }
        var scores = value.scores();
        if (scores != null && scores.length != 0) {
            out.writeTag(45, 2);
            out.writeUInt32NoTag(sizes.next());
            for (int element : scores) {
                out.writeInt32NoTag(element);
            }
        }
        var extras = value.extras();
        if (extras != null && extras.length != 0) {
            for (Item element : extras) {
                out.writeTag(46, 2);
                out.writeUInt32NoTag(sizes.next());
                writeItem(element, out, sizes);
            }
        }
    }

    private static Everything readEverything(CodedInputStream in, int depth) throws IOException {
        String textField = "";
        int numberField = 0;
        long big = 0L;
        short small = (short) 0;
        byte tiny = (byte) 0;
        boolean flag = false;
        float ratio = 0f;
        double precise = 0d;
        char letter = '\u0000';
        byte[] data = new byte[0];
        Integer boxed = 0;
        Long maybeLong = null;
        String maybeText = null;
        Integer maybeInt = null;
        Long maybeBig = null;
        Double maybeDouble = null;
        UUID id = null;
        BigDecimal price = null;
        BigInteger huge = null;
        Instant at = null;
        Duration took = null;
        LocalDate day = null;
        OffsetDateTime stamp = null;
        Kind kind = null;
        Kind maybeKind = null;
        Item item = null;
        Item maybeItem = null;
        List<String> tags = null;
        List<Integer> numbers = null;
        List<Long> longs = null;
        List<Double> doubles = null;
        List<Boolean> flags = null;
        Set<Kind> kinds = null;
        List<Item> items = null;
        Map<String, Integer> counts = null;
        Map<Long, Item> byId = null;
        Map<Kind, String> names = null;
        Map<Integer, List<String>> lists = null;
        List<List<Integer>> grid = null;
        List<Instant> times = null;
        NavigableMap<String, Long> sorted = null;
        Duration maybeTook = null;
        List<Map<String, Long>> tables = null;
        Map<Short, Kind> kindsByCode = null;
        List<Integer> scores = null;
        List<Item> extras = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // text, length-delimited
                    textField = in.readStringRequireUtf8();
                    break;
                }
                case 16: { // number, varint
                    numberField = in.readInt32();
                    break;
                }
                case 24: { // big, varint
                    big = in.readInt64();
                    break;
                }
                case 32: { // small, varint
                    int number = in.readInt32();
                    if (number != (short) number) {
                        throw MessageCodec.invalid("small", "Everything", number);
                    }
                    small = (short) number;
                    break;
                }
                case 40: { // tiny, varint
                    int number = in.readInt32();
                    if (number != (byte) number) {
                        throw MessageCodec.invalid("tiny", "Everything", number);
                    }
                    tiny = (byte) number;
                    break;
                }
                case 48: { // flag, varint
                    flag = in.readBool();
                    break;
                }
                case 61: { // ratio, 32-bit
                    ratio = in.readFloat();
                    break;
                }
                case 65: { // precise, 64-bit
                    precise = in.readDouble();
                    break;
                }
                case 74: { // letter, length-delimited
                    String text = in.readStringRequireUtf8();
                    if (text.length() != 1) {
                        throw MessageCodec.invalid("letter", "Everything", text);
                    }
                    letter = text.charAt(0);
                    break;
                }
                case 82: { // data, length-delimited
                    data = in.readByteArray();
                    break;
                }
                case 88: { // boxed, varint
                    boxed = in.readInt32();
                    break;
                }
                case 96: { // maybe_long, varint
                    maybeLong = in.readInt64();
                    break;
                }
                case 106: { // maybe_text, length-delimited
                    maybeText = in.readStringRequireUtf8();
                    break;
                }
                case 112: { // maybe_int, varint
                    maybeInt = in.readInt32();
                    break;
                }
                case 120: { // maybe_big, varint
                    maybeBig = in.readInt64();
                    break;
                }
                case 129: { // maybe_double, 64-bit
                    maybeDouble = in.readDouble();
                    break;
                }
                case 138: { // id, length-delimited
                    String text = in.readStringRequireUtf8();
                    try {
                        id = UUID.fromString(text);
                    } catch (RuntimeException invalid) {
                        throw MessageCodec.invalid("id", "Everything", text);
                    }
                    break;
                }
                case 146: { // price, length-delimited
                    String text = in.readStringRequireUtf8();
                    try {
                        price = new BigDecimal(text);
                    } catch (RuntimeException invalid) {
                        throw MessageCodec.invalid("price", "Everything", text);
                    }
                    break;
                }
                case 154: { // huge, length-delimited
                    String text = in.readStringRequireUtf8();
                    try {
                        huge = new BigInteger(text);
                    } catch (RuntimeException invalid) {
                        throw MessageCodec.invalid("huge", "Everything", text);
                    }
                    break;
                }
                case 162: { // at, length-delimited
                    at = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readProtobufTimestamp);
                    break;
                }
                case 170: { // took, length-delimited
                    took = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readProtobufDuration);
                    break;
                }
                case 178: { // day, length-delimited
                    String text = in.readStringRequireUtf8();
                    try {
                        day = LocalDate.parse(text);
                    } catch (RuntimeException invalid) {
                        throw MessageCodec.invalid("day", "Everything", text);
                    }
                    break;
                }
                case 186: { // stamp, length-delimited
                    String text = in.readStringRequireUtf8();
                    try {
                        stamp = OffsetDateTime.parse(text);
                    } catch (RuntimeException invalid) {
                        throw MessageCodec.invalid("stamp", "Everything", text);
                    }
                    break;
                }
                case 192: { // kind, varint
                    kind = toKind(in.readEnum());
                    break;
                }
                case 200: { // maybe_kind, varint
                    maybeKind = toKind(in.readEnum());
                    break;
                }
                case 210: { // item, length-delimited
                    item = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readItem);
                    break;
                }
                case 218: { // maybe_item, length-delimited
                    maybeItem = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readItem);
                    break;
                }
                case 226: { // tags, length-delimited
                    String raw = in.readStringRequireUtf8();
                    if (tags == null) {
                        tags = new ArrayList<>();
                    }
                    tags.add(raw);
                    break;
                }
                case 234: { // numbers, packed
                    int limit = in.pushLimit(in.readRawVarint32());
                    while (in.getBytesUntilLimit() > 0) {
                        Integer raw = in.readInt32();
                        if (numbers == null) {
                            numbers = new ArrayList<>();
                        }
                        numbers.add(raw);
                    }
                    in.popLimit(limit);
                    break;
                }
                case 232: { // numbers, varint
                    Integer raw = in.readInt32();
                    if (numbers == null) {
                        numbers = new ArrayList<>();
                    }
                    numbers.add(raw);
                    break;
                }
                case 242: { // longs, packed
                    int limit = in.pushLimit(in.readRawVarint32());
                    while (in.getBytesUntilLimit() > 0) {
                        Long raw = in.readInt64();
                        if (longs == null) {
                            longs = new ArrayList<>();
                        }
                        longs.add(raw);
                    }
                    in.popLimit(limit);
                    break;
                }
                case 240: { // longs, varint
                    Long raw = in.readInt64();
                    if (longs == null) {
                        longs = new ArrayList<>();
                    }
                    longs.add(raw);
                    break;
                }
                case 250: { // doubles, packed
                    int limit = in.pushLimit(in.readRawVarint32());
                    while (in.getBytesUntilLimit() > 0) {
                        Double raw = in.readDouble();
                        if (doubles == null) {
                            doubles = new ArrayList<>();
                        }
                        doubles.add(raw);
                    }
                    in.popLimit(limit);
                    break;
                }
                case 249: { // doubles, 64-bit
                    Double raw = in.readDouble();
                    if (doubles == null) {
                        doubles = new ArrayList<>();
                    }
                    doubles.add(raw);
                    break;
                }
                case 258: { // flags, packed
                    int limit = in.pushLimit(in.readRawVarint32());
                    while (in.getBytesUntilLimit() > 0) {
                        Boolean raw = in.readBool();
                        if (flags == null) {
                            flags = new ArrayList<>();
                        }
                        flags.add(raw);
                    }
                    in.popLimit(limit);
                    break;
                }
                case 256: { // flags, varint
                    Boolean raw = in.readBool();
                    if (flags == null) {
                        flags = new ArrayList<>();
                    }
                    flags.add(raw);
                    break;
                }
                case 266: { // kinds, packed
                    int limit = in.pushLimit(in.readRawVarint32());
                    while (in.getBytesUntilLimit() > 0) {
                        Kind raw = toKind(in.readEnum());
                        if (raw != null) {
                            if (kinds == null) {
                                kinds = new LinkedHashSet<>();
                            }
                            kinds.add(raw);
                        }
                    }
                    in.popLimit(limit);
                    break;
                }
                case 264: { // kinds, varint
                    Kind raw = toKind(in.readEnum());
                    if (raw != null) {
                        if (kinds == null) {
                            kinds = new LinkedHashSet<>();
                        }
                        kinds.add(raw);
                    }
                    break;
                }
                case 274: { // items, length-delimited
                    Item raw = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readItem);
                    if (items == null) {
                        items = new ArrayList<>();
                    }
                    items.add(raw);
                    break;
                }
                case 282: { // counts, length-delimited
                    int limit = in.pushLimit(in.readRawVarint32());
                    String key = "";
                    Integer element = 0;
                    boolean entryDone = false;
                    while (!entryDone) {
                        int entryTag = in.readTag();
                        if (entryTag == 10) {
                            // key, length-delimited
                            key = in.readStringRequireUtf8();
                        } else if (entryTag == 16) {
                            // value, varint
                            element = in.readInt32();
                        } else {
                            entryDone = entryTag == 0 || !in.skipField(entryTag);
                        }
                    }
                    in.popLimit(limit);
                    if (counts == null) {
                        counts = new LinkedHashMap<>();
                    }
                    counts.put(key, element);
                    break;
                }
                case 290: { // by_id, length-delimited
                    int limit = in.pushLimit(in.readRawVarint32());
                    Long key = 0L;
                    Item element = null;
                    boolean entryDone = false;
                    while (!entryDone) {
                        int entryTag = in.readTag();
                        if (entryTag == 8) {
                            // key, varint
                            key = in.readInt64();
                        } else if (entryTag == 18) {
                            // value, length-delimited
                            element = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readItem);
                        } else {
                            entryDone = entryTag == 0 || !in.skipField(entryTag);
                        }
                    }
                    in.popLimit(limit);
                    if (key == null || element == null) {
                        throw MessageCodec.invalid("by_id", "Everything", "an entry without its key or value");
                    }
                    if (byId == null) {
                        byId = new LinkedHashMap<>();
                    }
                    byId.put(key, element);
                    break;
                }
                case 298: { // names, length-delimited
                    int limit = in.pushLimit(in.readRawVarint32());
                    Kind key = null;
                    String element = "";
                    boolean entryDone = false;
                    while (!entryDone) {
                        int entryTag = in.readTag();
                        if (entryTag == 10) {
                            // key, length-delimited
                            String text = in.readStringRequireUtf8();
                            try {
                                key = Kind.valueOf(text);
                            } catch (RuntimeException invalid) {
                                throw MessageCodec.invalid("names", "Everything", text);
                            }
                        } else if (entryTag == 18) {
                            // value, length-delimited
                            element = in.readStringRequireUtf8();
                        } else {
                            entryDone = entryTag == 0 || !in.skipField(entryTag);
                        }
                    }
                    in.popLimit(limit);
                    if (key == null) {
                        throw MessageCodec.invalid("names", "Everything", "an entry without its key");
                    }
                    if (names == null) {
                        names = new LinkedHashMap<>();
                    }
                    names.put(key, element);
                    break;
                }
                case 306: { // lists, length-delimited
                    int limit = in.pushLimit(in.readRawVarint32());
                    Integer key = 0;
                    List<String> element = null;
                    boolean entryDone = false;
                    while (!entryDone) {
                        int entryTag = in.readTag();
                        if (entryTag == 8) {
                            // key, varint
                            key = in.readInt32();
                        } else if (entryTag == 18) {
                            // value, length-delimited
                            element = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readStringList);
                        } else {
                            entryDone = entryTag == 0 || !in.skipField(entryTag);
                        }
                    }
                    in.popLimit(limit);
                    if (key == null || element == null) {
                        throw MessageCodec.invalid("lists", "Everything", "an entry without its key or value");
                    }
                    if (lists == null) {
                        lists = new LinkedHashMap<>();
                    }
                    lists.put(key, element);
                    break;
                }
                case 314: { // grid, length-delimited
                    List<Integer> raw = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readInt32List);
                    if (grid == null) {
                        grid = new ArrayList<>();
                    }
                    grid.add(raw);
                    break;
                }
                case 322: { // times, length-delimited
                    Instant raw = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readProtobufTimestamp);
                    if (times == null) {
                        times = new ArrayList<>();
                    }
                    times.add(raw);
                    break;
                }
                case 330: { // sorted, length-delimited
                    int limit = in.pushLimit(in.readRawVarint32());
                    String key = "";
                    Long element = 0L;
                    boolean entryDone = false;
                    while (!entryDone) {
                        int entryTag = in.readTag();
                        if (entryTag == 10) {
                            // key, length-delimited
                            key = in.readStringRequireUtf8();
                        } else if (entryTag == 16) {
                            // value, varint
                            element = in.readInt64();
                        } else {
                            entryDone = entryTag == 0 || !in.skipField(entryTag);
                        }
                    }
                    in.popLimit(limit);
                    if (sorted == null) {
                        sorted = new TreeMap<>();
                    }
                    sorted.put(key, element);
                    break;
                }
                case 338: { // maybe_took, length-delimited
                    maybeTook = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readProtobufDuration);
                    break;
                }
                case 346: { // tables, length-delimited
                    Map<String, Long> raw = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readStringInt64Map);
                    if (tables == null) {
                        tables = new ArrayList<>();
                    }
                    tables.add(raw);
                    break;
                }
                case 354: { // kinds_by_code, length-delimited
                    int limit = in.pushLimit(in.readRawVarint32());
                    Short key = (short) 0;
                    Kind element = null;
                    boolean entryDone = false;
                    while (!entryDone) {
                        int entryTag = in.readTag();
                        if (entryTag == 8) {
                            // key, varint
                            int number = in.readInt32();
                            if (number != (short) number) {
                                throw MessageCodec.invalid("kinds_by_code", "Everything", number);
                            }
                            key = (short) number;
                        } else if (entryTag == 16) {
                            // value, varint
                            element = toKind(in.readEnum());
                        } else {
                            entryDone = entryTag == 0 || !in.skipField(entryTag);
                        }
                    }
                    in.popLimit(limit);
                    if (key == null || element == null) {
                        throw MessageCodec.invalid("kinds_by_code", "Everything", "an entry without its key or value");
                    }
                    if (kindsByCode == null) {
                        kindsByCode = new LinkedHashMap<>();
                    }
                    kindsByCode.put(key, element);
                    break;
                }
                case 362: { // scores, packed
                    int limit = in.pushLimit(in.readRawVarint32());
                    while (in.getBytesUntilLimit() > 0) {
                        Integer raw = in.readInt32();
                        if (scores == null) {
                            scores = new ArrayList<>();
                        }
                        scores.add(raw);
                    }
                    in.popLimit(limit);
                    break;
                }
                case 360: { // scores, varint
                    Integer raw = in.readInt32();
                    if (scores == null) {
                        scores = new ArrayList<>();
                    }
                    scores.add(raw);
                    break;
                }
                case 370: { // extras, length-delimited
                    Item raw = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readItem);
                    if (extras == null) {
                        extras = new ArrayList<>();
                    }
                    extras.add(raw);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        if (id == null) {
            throw MessageCodec.missing("id", "Everything");
        }
        if (price == null) {
            throw MessageCodec.missing("price", "Everything");
        }
        if (huge == null) {
            throw MessageCodec.missing("huge", "Everything");
        }
        if (at == null) {
            throw MessageCodec.missing("at", "Everything");
        }
        if (took == null) {
            throw MessageCodec.missing("took", "Everything");
        }
        if (day == null) {
            throw MessageCodec.missing("day", "Everything");
        }
        if (stamp == null) {
            throw MessageCodec.missing("stamp", "Everything");
        }
        if (kind == null) {
            throw MessageCodec.missing("kind", "Everything");
        }
        if (item == null) {
            throw MessageCodec.missing("item", "Everything");
        }
        return new Everything(
                textField,
                numberField,
                big,
                small,
                tiny,
                flag,
                ratio,
                precise,
                letter,
                data,
                boxed,
                maybeLong,
                Optional.ofNullable(maybeText),
                maybeInt == null ? OptionalInt.empty() : OptionalInt.of(maybeInt),
                maybeBig == null ? OptionalLong.empty() : OptionalLong.of(maybeBig),
                maybeDouble == null ? OptionalDouble.empty() : OptionalDouble.of(maybeDouble),
                id,
                price,
                huge,
                at,
                took,
                day,
                stamp,
                kind,
                Optional.ofNullable(maybeKind),
                item,
                maybeItem,
                tags == null ? List.of() : tags,
                numbers == null ? List.of() : numbers,
                longs == null ? List.of() : longs,
                doubles == null ? List.of() : doubles,
                flags == null ? List.of() : flags,
                kinds == null ? Set.of() : kinds,
                items == null ? List.of() : items,
                counts == null ? Map.of() : counts,
                byId == null ? Map.of() : byId,
                names == null ? Map.of() : names,
                lists == null ? Map.of() : lists,
                grid == null ? List.of() : grid,
                times == null ? List.of() : times,
                sorted == null ? new TreeMap<>() : sorted,
                Optional.ofNullable(maybeTook),
                tables == null ? List.of() : tables,
                kindsByCode == null ? Map.of() : kindsByCode,
                toIntArray(scores),
                extras == null ? new Item[0] : extras.toArray(new Item[0]));
    }

    private static int sizeOfItem(Item value, MessageSizes sizes) {
        int size = 0;
        var name = value.name();
        if (name != null && !name.isEmpty()) {
            size += 1 + CodedOutputStream.computeStringSizeNoTag(name);
        }
        var count = value.count();
        if (count != 0) {
            size += 1 + CodedOutputStream.computeInt64SizeNoTag(count);
        }
        var kind = value.kind();
        if (kind != null) {
            size += 1 + CodedOutputStream.computeEnumSizeNoTag(kind.ordinal() + 1);
        }
        var weight = value.weight();
        if (weight != 0) {
            size += 1 + CodedOutputStream.computeInt32SizeNoTag(weight);
        }
        return size;
    }

    private static void writeItem(Item value, CodedOutputStream out, MessageSizes sizes) throws
            IOException {
        var name = value.name();
        if (name != null && !name.isEmpty()) {
            out.writeString(1, name);
        }
        var count = value.count();
        if (count != 0) {
            out.writeInt64(5, count);
        }
        var kind = value.kind();
        if (kind != null) {
            out.writeEnum(2, kind.ordinal() + 1);
        }
        var weight = value.weight();
        if (weight != 0) {
            out.writeInt32(3, weight);
        }
    }

    private static Item readItem(CodedInputStream in, int depth) throws IOException {
        String name = "";
        long count = 0L;
        Kind kind = null;
        int weight = 0;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // name, length-delimited
                    name = in.readStringRequireUtf8();
                    break;
                }
                case 40: { // count, varint
                    count = in.readInt64();
                    break;
                }
                case 16: { // kind, varint
                    kind = toKind(in.readEnum());
                    break;
                }
                case 24: { // weight, varint
                    weight = in.readInt32();
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return new Item(
                name,
                count,
                kind,
                weight);
    }

    private static int sizeOfNode(Node value, MessageSizes sizes) {
        int size = 0;
        var label = value.label();
        if (label != null && !label.isEmpty()) {
            size += 1 + CodedOutputStream.computeStringSizeNoTag(label);
        }
        var children = value.children();
        if (children != null && !children.isEmpty()) {
            Iterator<Node> iterator = children instanceof RandomAccess ? null : children.iterator();
            for (int i = 0; i < children.size(); i++) {
                Node element = iterator == null ? children.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("children", "Node");
                }
                size += 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfNode(element, sizes)));
            }
        }
        return size;
    }

    private static void writeNode(Node value, CodedOutputStream out, MessageSizes sizes) throws
            IOException {
        var label = value.label();
        if (label != null && !label.isEmpty()) {
            out.writeString(1, label);
        }
        var children = value.children();
        if (children != null && !children.isEmpty()) {
            Iterator<Node> iterator = children instanceof RandomAccess ? null : children.iterator();
            for (int i = 0; i < children.size(); i++) {
                Node element = iterator == null ? children.get(i) : iterator.next();
                out.writeTag(2, 2);
                out.writeUInt32NoTag(sizes.next());
                writeNode(element, out, sizes);
            }
        }
    }

    private static Node readNode(CodedInputStream in, int depth) throws IOException {
        String label = "";
        List<Node> children = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // label, length-delimited
                    label = in.readStringRequireUtf8();
                    break;
                }
                case 18: { // children, length-delimited
                    Node raw = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readNode);
                    if (children == null) {
                        children = new ArrayList<>();
                    }
                    children.add(raw);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return new Node(label, children == null ? List.of() : children);
    }

    private static int sizeOfPage_Node(Page<Node> value, MessageSizes sizes) {
        int size = 0;
        var items = value.items();
        if (items != null && !items.isEmpty()) {
            Iterator<Node> iterator = items instanceof RandomAccess ? null : items.iterator();
            for (int i = 0; i < items.size(); i++) {
                Node element = iterator == null ? items.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("items", "Page_Node");
                }
                size += 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfNode(element, sizes)));
            }
        }
        var nextCursor = value.nextCursor();
        if (nextCursor != null && nextCursor.isPresent()) {
            String nextCursorValue = nextCursor.get();
            size += 1 + CodedOutputStream.computeStringSizeNoTag(nextCursorValue);
        }
        return size;
    }

    private static void writePage_Node(Page<Node> value, CodedOutputStream out, MessageSizes sizes)
            throws IOException {
        var items = value.items();
        if (items != null && !items.isEmpty()) {
            Iterator<Node> iterator = items instanceof RandomAccess ? null : items.iterator();
            for (int i = 0; i < items.size(); i++) {
                Node element = iterator == null ? items.get(i) : iterator.next();
                out.writeTag(1, 2);
                out.writeUInt32NoTag(sizes.next());
                writeNode(element, out, sizes);
            }
        }
        var nextCursor = value.nextCursor();
        if (nextCursor != null && nextCursor.isPresent()) {
            String nextCursorValue = nextCursor.get();
            out.writeString(2, nextCursorValue);
        }
    }

    private static Page<Node> readPage_Node(CodedInputStream in, int depth) throws IOException {
        List<Node> items = null;
        String nextCursor = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // items, length-delimited
                    Node raw = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readNode);
                    if (items == null) {
                        items = new ArrayList<>();
                    }
                    items.add(raw);
                    break;
                }
                case 18: { // next_cursor, length-delimited
                    nextCursor = in.readStringRequireUtf8();
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return new Page<Node>(items == null ? List.of() : items, Optional.ofNullable(nextCursor));
    }

    private static int sizeOfProfile(Profile value, MessageSizes sizes) {
        int size = 0;
        var id = value.id();
        if (id != null && !id.isEmpty()) {
            size += 1 + CodedOutputStream.computeStringSizeNoTag(id);
        }
        var name = value.name();
        if (name != null && !name.isEmpty()) {
            size += 1 + CodedOutputStream.computeStringSizeNoTag(name);
        }
        var addresses = value.addresses();
        if (addresses != null && !addresses.isEmpty()) {
            Iterator<Address> iterator = addresses instanceof RandomAccess ? null : addresses.iterator();
            for (int i = 0; i < addresses.size(); i++) {
                Address element = iterator == null ? addresses.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("addresses", "Profile");
                }
                size += 1 + lengthDelimited(sizes.set(sizes.reserve(), sizeOfAddress(element, sizes)));
            }
        }
        var createdAt = value.createdAt();
        if (createdAt != null) {
            size += 1 + lengthDelimited(sizeOfProtobufTimestamp(createdAt));
        }
        return size;
    }

    private static void writeProfile(Profile value, CodedOutputStream out, MessageSizes sizes)
            throws IOException {
        var id = value.id();
        if (id != null && !id.isEmpty()) {
            out.writeString(1, id);
        }
        var name = value.name();
        if (name != null && !name.isEmpty()) {
            out.writeString(2, name);
        }
        var addresses = value.addresses();
        if (addresses != null && !addresses.isEmpty()) {
            Iterator<Address> iterator = addresses instanceof RandomAccess ? null : addresses.iterator();
            for (int i = 0; i < addresses.size(); i++) {
                Address element = iterator == null ? addresses.get(i) : iterator.next();
                out.writeTag(3, 2);
                out.writeUInt32NoTag(sizes.next());
                writeAddress(element, out, sizes);
            }
        }
        var createdAt = value.createdAt();
        if (createdAt != null) {
            out.writeTag(4, 2);
            out.writeUInt32NoTag(sizeOfProtobufTimestamp(createdAt));
            writeProtobufTimestamp(createdAt, out);
        }
    }

    private static Profile readProfile(CodedInputStream in, int depth) throws IOException {
        String id = "";
        String name = "";
        List<Address> addresses = null;
        Instant createdAt = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // id, length-delimited
                    id = in.readStringRequireUtf8();
                    break;
                }
                case 18: { // name, length-delimited
                    name = in.readStringRequireUtf8();
                    break;
                }
                case 26: { // addresses, length-delimited
                    Address raw = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readAddress);
                    if (addresses == null) {
                        addresses = new ArrayList<>();
                    }
                    addresses.add(raw);
                    break;
                }
                case 34: { // created_at, length-delimited
                    createdAt = MessageCodec.readNested(in, depth, RichServiceProtoCodecs::readProtobufTimestamp);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return new Profile(
                id,
                name,
                addresses == null ? List.of() : addresses,
                createdAt);
    }

    private static int sizeOfStringList(List<String> value, MessageSizes sizes) {
        int size = 0;
        var items = value;
        if (items != null && !items.isEmpty()) {
            Iterator<String> iterator = items instanceof RandomAccess ? null : items.iterator();
            for (int i = 0; i < items.size(); i++) {
                String element = iterator == null ? items.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("items", "StringList");
                }
                size += 1 + CodedOutputStream.computeStringSizeNoTag(element);
            }
        }
        return size;
    }

    private static void writeStringList(List<String> value, CodedOutputStream out,
            MessageSizes sizes) throws IOException {
        var items = value;
        if (items != null && !items.isEmpty()) {
            Iterator<String> iterator = items instanceof RandomAccess ? null : items.iterator();
            for (int i = 0; i < items.size(); i++) {
                String element = iterator == null ? items.get(i) : iterator.next();
                out.writeString(1, element);
            }
        }
    }

    private static List<String> readStringList(CodedInputStream in, int depth) throws IOException {
        List<String> items = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // items, length-delimited
                    String raw = in.readStringRequireUtf8();
                    if (items == null) {
                        items = new ArrayList<>();
                    }
                    items.add(raw);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return items == null ? List.of() : items;
    }

    private static int sizeOfInt32List(List<Integer> value, MessageSizes sizes) {
        int size = 0;
        var items = value;
        if (items != null && !items.isEmpty()) {
            int slot = sizes.reserve();
            int length = 0;
            Iterator<Integer> iterator = items instanceof RandomAccess ? null : items.iterator();
            for (int i = 0; i < items.size(); i++) {
                Integer element = iterator == null ? items.get(i) : iterator.next();
                if (element == null) {
                    throw MessageCodec.nullElement("items", "Int32List");
                }
                length += CodedOutputStream.computeInt32SizeNoTag(element);
            }
            size += 1 + lengthDelimited(sizes.set(slot, length));
        }
        return size;
    }

    private static void writeInt32List(List<Integer> value, CodedOutputStream out,
            MessageSizes sizes) throws IOException {
        var items = value;
        if (items != null && !items.isEmpty()) {
            out.writeTag(1, 2);
            out.writeUInt32NoTag(sizes.next());
            Iterator<Integer> iterator = items instanceof RandomAccess ? null : items.iterator();
            for (int i = 0; i < items.size(); i++) {
                Integer element = iterator == null ? items.get(i) : iterator.next();
                out.writeInt32NoTag(element);
            }
        }
    }

    private static List<Integer> readInt32List(CodedInputStream in, int depth) throws IOException {
        List<Integer> items = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // items, packed
                    int limit = in.pushLimit(in.readRawVarint32());
                    while (in.getBytesUntilLimit() > 0) {
                        Integer raw = in.readInt32();
                        if (items == null) {
                            items = new ArrayList<>();
                        }
                        items.add(raw);
                    }
                    in.popLimit(limit);
                    break;
                }
                case 8: { // items, varint
                    Integer raw = in.readInt32();
                    if (items == null) {
                        items = new ArrayList<>();
                    }
                    items.add(raw);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return items == null ? List.of() : items;
    }

    private static int sizeOfStringInt64Map(Map<String, Long> value, MessageSizes sizes) {
        int size = 0;
        var entries = value;
        if (entries != null) {
            for (var entry : entries.entrySet()) {
                int slot = sizes.reserve();
                String key = entry.getKey();
                Long element = entry.getValue();
                if (key == null || element == null) {
                    throw MessageCodec.nullEntry("entries", "StringInt64Map");
                }
                int length = 1 + CodedOutputStream.computeStringSizeNoTag(key) + 1 + CodedOutputStream.computeInt64SizeNoTag(element);
                size += 1 + lengthDelimited(sizes.set(slot, length));
            }
        }
        return size;
    }

    private static void writeStringInt64Map(Map<String, Long> value, CodedOutputStream out,
            MessageSizes sizes) throws IOException {
        var entries = value;
        if (entries != null) {
            for (var entry : entries.entrySet()) {
                out.writeTag(1, 2);
                out.writeUInt32NoTag(sizes.next());
                String key = entry.getKey();
                Long element = entry.getValue();
                out.writeString(1, key);
                out.writeInt64(2, element);
            }
        }
    }

    private static Map<String, Long> readStringInt64Map(CodedInputStream in, int depth) throws
            IOException {
        Map<String, Long> entries = null;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            switch (tag) {
                case 0:
                    done = true;
                    break;
                case 10: { // entries, length-delimited
                    int limit = in.pushLimit(in.readRawVarint32());
                    String key = "";
                    Long element = 0L;
                    boolean entryDone = false;
                    while (!entryDone) {
                        int entryTag = in.readTag();
                        if (entryTag == 10) {
                            // key, length-delimited
                            key = in.readStringRequireUtf8();
                        } else if (entryTag == 16) {
                            // value, varint
                            element = in.readInt64();
                        } else {
                            entryDone = entryTag == 0 || !in.skipField(entryTag);
                        }
                    }
                    in.popLimit(limit);
                    if (entries == null) {
                        entries = new LinkedHashMap<>();
                    }
                    entries.put(key, element);
                    break;
                }
                default:
                    // A field this side does not know, such as a newer peer's: skipped.
                    done = !in.skipField(tag);
                    break;
            }
        }
        return entries == null ? Map.of() : entries;
    }

    /**
     * Returns the elements of {@code list} as an array, empty when {@code null}.
     */
    private static int[] toIntArray(List<Integer> list) {
        int[] array = new int[list == null ? 0 : list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = list.get(i);
        }
        return array;
    }

    /**
     * Returns the size of a length-delimited payload of {@code length} bytes with its length.
     */
    private static int lengthDelimited(int length) {
        return CodedOutputStream.computeUInt32SizeNoTag(length) + length;
    }

    private static int sizeOfProtobufTimestamp(Instant value) {
        long seconds = value.getEpochSecond();
        int nanos = value.getNano();
        return (seconds == 0 ? 0 : 1 + CodedOutputStream.computeInt64SizeNoTag(seconds))
                + (nanos == 0 ? 0 : 1 + CodedOutputStream.computeInt32SizeNoTag(nanos));
    }

    private static void writeProtobufTimestamp(Instant value, CodedOutputStream out) throws
            IOException {
        long seconds = value.getEpochSecond();
        int nanos = value.getNano();
        if (seconds != 0) {
            out.writeInt64(1, seconds);
        }
        if (nanos != 0) {
            out.writeInt32(2, nanos);
        }
    }

    private static Instant readProtobufTimestamp(CodedInputStream in, int depth) throws
            IOException {
        long seconds = 0;
        int nanos = 0;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            if (tag == 8) {
                seconds = in.readInt64();
            } else if (tag == 16) {
                nanos = in.readInt32();
            } else {
                done = tag == 0 || !in.skipField(tag);
            }
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static int sizeOfProtobufDuration(Duration value) {
        long seconds = value.getSeconds();
        int nanos = value.getNano();
        if (seconds < 0 && nanos > 0) {
            seconds++;
            nanos -= 1_000_000_000;
        }
        return (seconds == 0 ? 0 : 1 + CodedOutputStream.computeInt64SizeNoTag(seconds))
                + (nanos == 0 ? 0 : 1 + CodedOutputStream.computeInt32SizeNoTag(nanos));
    }

    private static void writeProtobufDuration(Duration value, CodedOutputStream out) throws
            IOException {
        long seconds = value.getSeconds();
        int nanos = value.getNano();
        if (seconds < 0 && nanos > 0) {
            seconds++;
            nanos -= 1_000_000_000;
        }
        if (seconds != 0) {
            out.writeInt64(1, seconds);
        }
        if (nanos != 0) {
            out.writeInt32(2, nanos);
        }
    }

    private static Duration readProtobufDuration(CodedInputStream in, int depth) throws
            IOException {
        long seconds = 0;
        int nanos = 0;
        boolean done = false;
        while (!done) {
            int tag = in.readTag();
            if (tag == 8) {
                seconds = in.readInt64();
            } else if (tag == 16) {
                nanos = in.readInt32();
            } else {
                done = tag == 0 || !in.skipField(tag);
            }
        }
        return Duration.ofSeconds(seconds, nanos);
    }
}
