package dev.javakit.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrpcStatusesTest {

    @ParameterizedTest
    @CsvSource({
        "400, INVALID_ARGUMENT", "401, UNAUTHENTICATED", "403, PERMISSION_DENIED", "404, NOT_FOUND",
        "409, ALREADY_EXISTS", "412, FAILED_PRECONDITION", "429, RESOURCE_EXHAUSTED", "499, CANCELLED",
        "501, UNIMPLEMENTED", "503, UNAVAILABLE", "504, DEADLINE_EXCEEDED",
        "405, FAILED_PRECONDITION", "410, FAILED_PRECONDITION", "422, FAILED_PRECONDITION",
        "500, INTERNAL", "502, INTERNAL", "0, INTERNAL"})
    void httpStatusIsAnsweredWithTheCodeOfTheTable(int httpStatus, Status.Code code) {
        assertThat(GrpcStatuses.codeOf(httpStatus)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({
        "INVALID_ARGUMENT, 400", "OUT_OF_RANGE, 400", "UNAUTHENTICATED, 401", "PERMISSION_DENIED, 403",
        "NOT_FOUND, 404", "ALREADY_EXISTS, 409", "ABORTED, 409", "FAILED_PRECONDITION, 412",
        "RESOURCE_EXHAUSTED, 429", "CANCELLED, 499", "UNIMPLEMENTED, 501", "UNAVAILABLE, 503",
        "DEADLINE_EXCEEDED, 504", "UNKNOWN, 500", "INTERNAL, 500", "DATA_LOSS, 500"})
    void codeIsReadAsTheHttpStatusOfTheTable(Status.Code code, int httpStatus) {
        assertThat(GrpcStatuses.httpStatusOf(code)).isEqualTo(httpStatus);
    }
}
