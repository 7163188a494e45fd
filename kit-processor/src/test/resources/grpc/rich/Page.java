package rich;

import java.util.List;
import java.util.Optional;

public record Page<T>(List<T> items, Optional<String> nextCursor) {
}
