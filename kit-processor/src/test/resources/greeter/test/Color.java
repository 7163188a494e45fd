package test;

public enum Color {
    RED,
    GREEN
}
