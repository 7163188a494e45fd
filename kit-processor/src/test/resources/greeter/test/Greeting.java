package test;

public record Greeting(String name, String text) {
}
