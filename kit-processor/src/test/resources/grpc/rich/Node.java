package rich;

import java.util.List;

public record Node(String label, List<Node> children) {
}
