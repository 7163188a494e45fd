package dev.javakit.errors;

/**
 * How a call ended, as metrics tag it and logs level it: Micrometer's and Spring's
 * {@code outcome} values.
 */
public enum Outcome {
    SUCCESS,
    /** The caller's fault: the exception stands for a 4xx status. */
    CLIENT_ERROR,
    /** Ours: a 5xx status, or an exception nothing declares. */
    SERVER_ERROR;

    /** Returns the outcome of a call that threw {@code error}. */
    public static Outcome of(Throwable error) {
        return forStatus(ErrorStatuses.statusOf(error));
    }

    /** Returns the outcome of an HTTP status; 0 (unknown) is a server error. */
    public static Outcome forStatus(int status) {
        if (status >= 200 && status < 400) {
            return SUCCESS;
        }
        return status >= 400 && status < 500 ? CLIENT_ERROR : SERVER_ERROR;
    }
}
