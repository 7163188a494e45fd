package rich;

public enum Kind {
    SMALL,
    MEDIUM,
    LARGE
}
