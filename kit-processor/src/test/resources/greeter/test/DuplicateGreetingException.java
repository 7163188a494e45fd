package test;

import dev.javakit.annotations.ErrorStatus;

@ErrorStatus(409)
public class DuplicateGreetingException extends Exception {
    private static final long serialVersionUID = 1L;
}
