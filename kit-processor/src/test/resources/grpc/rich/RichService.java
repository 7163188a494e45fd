package rich;

import dev.javakit.annotations.KitService;
import dev.javakit.annotations.ProtoField;
import dev.javakit.annotations.Transport;
import java.util.List;
import java.util.Optional;

@KitService(transports = {Transport.HTTP, Transport.GRPC}, protoPackage = "rich.v1")
public interface RichService {

    Everything echo(Everything everything, @Nullable String note);

    Profile postProfile(Profile profile);

    List<Item> list(@ProtoField(3) Optional<String> cursor, @ProtoField(1) int limit, Kind kind);

    Page<Node> nodes(Node root);

    void clear();
}
