package dev.javakit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class EndpointInfoTest {

    @Test
    void fullNameIsServiceDotMethod() {
        EndpointInfo info = new EndpointInfo("ProfileService", "getProfile");

        assertThat(info.fullName()).isEqualTo("ProfileService.getProfile");
        assertThat(info).hasToString("ProfileService.getProfile");
    }

    @Test
    void equalNamesAreEqualInfos() {
        assertThat(new EndpointInfo("S", "m")).isEqualTo(new EndpointInfo("S", "m"))
                .hasSameHashCodeAs(new EndpointInfo("S", "m"))
                .isNotEqualTo(new EndpointInfo("S", "n"));
    }

    @Test
    void rejectsEmptyServiceName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EndpointInfo("", "getProfile"));
    }

    @Test
    void rejectsEmptyMethodName() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EndpointInfo("ProfileService", ""));
    }

    @Test
    void rejectsNullNames() {
        assertThatNullPointerException().isThrownBy(() -> new EndpointInfo(null, "m"));
        assertThatNullPointerException().isThrownBy(() -> new EndpointInfo("S", null));
    }
}
