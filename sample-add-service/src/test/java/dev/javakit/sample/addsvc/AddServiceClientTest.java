package dev.javakit.sample.addsvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.javakit.test.KitServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated HTTP and JSON-RPC clients against the sample: results, and Go kit's errors as exceptions. */
class AddServiceClientTest {

    @RegisterExtension
    static final KitServerExtension SERVICE = KitServerExtension.start(AddServiceMain::start);

    @Test
    void theHttpClientSumsConcatenatesAndRethrows() throws Exception {
        AddService add = SERVICE.client(AddServiceHttpClient::endpoints);

        assertThat(add.sum(1, 2)).isEqualTo(3);
        assertThat(add.concat("go", "kit")).isEqualTo("gokit");
        assertThatThrownBy(() -> add.sum(0, 0)).isInstanceOf(TwoZeroesException.class);
        assertThatThrownBy(() -> add.sum(Integer.MAX_VALUE, 1)).isInstanceOf(IntOverflowException.class);
        assertThatThrownBy(() -> add.concat("0123456789", "!")).isInstanceOf(MaxSizeExceededException.class);
    }

    @Test
    void theJsonRpcClientDoesTheSame() throws Exception {
        AddService add = SERVICE.jsonRpcClient("/rpc", AddServiceJsonRpcClient::endpoints);

        assertThat(add.sum(-5, 2)).isEqualTo(-3);
        assertThat(add.concat("", "x")).isEqualTo("x");
        assertThatThrownBy(() -> add.sum(0, 0)).isInstanceOf(TwoZeroesException.class)
                .hasMessage("can't sum two zeroes");
    }
}
