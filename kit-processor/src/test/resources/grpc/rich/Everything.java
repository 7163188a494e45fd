package rich;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;

public record Everything(
        String text, int number, long big, short small, byte tiny, boolean flag, float ratio, double precise,
        char letter, byte[] data, Integer boxed, @Nullable Long maybeLong, Optional<String> maybeText,
        OptionalInt maybeInt, OptionalLong maybeBig, OptionalDouble maybeDouble, UUID id, BigDecimal price,
        BigInteger huge, Instant at, Duration took, LocalDate day, OffsetDateTime stamp, Kind kind,
        Optional<Kind> maybeKind, Item item, @Nullable Item maybeItem, List<String> tags, List<Integer> numbers,
        List<Long> longs, List<Double> doubles, List<Boolean> flags, Set<Kind> kinds, List<Item> items,
        Map<String, Integer> counts, Map<Long, Item> byId, Map<Kind, String> names, Map<Integer, List<String>> lists,
        List<List<Integer>> grid, List<Instant> times, SortedMap<String, Long> sorted, Optional<Duration> maybeTook,
        List<Map<String, Long>> tables, Map<Short, Kind> kindsByCode, int[] scores, Item[] extras) {
}
