package rich;

import dev.javakit.annotations.ProtoField;

public record Item(String name, @ProtoField(5) long count, @Nullable Kind kind, int weight) {
}
