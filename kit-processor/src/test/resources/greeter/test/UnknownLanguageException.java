package test;

import dev.javakit.annotations.ErrorStatus;

@ErrorStatus(404)
public class UnknownLanguageException extends Exception {
    private static final long serialVersionUID = 1L;
}
