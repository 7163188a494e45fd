package rich;

public record Address(@Nullable String id, @Nullable String location) {
}
