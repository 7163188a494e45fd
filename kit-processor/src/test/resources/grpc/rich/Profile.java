package rich;

import java.time.Instant;
import java.util.List;

public record Profile(String id, String name, List<Address> addresses, @Nullable Instant createdAt) {
}
