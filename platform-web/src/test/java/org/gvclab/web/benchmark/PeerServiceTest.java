package org.gvclab.web.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.gvclab.core.paradox.BenchmarkSet;
import org.junit.jupiter.api.Test;

/** Peer figures are aggregates over enough peers, never one peer's own value. */
class PeerServiceTest {

    private static PeerService.Metrics index(double value) {
        return new PeerService.Metrics(2023, Map.of(PeerService.Measured.INDEX, value));
    }

    private static PeerComparison.Row indexRow(PeerComparison c) {
        return c.rows().get(0);
    }

    @Test
    void fewer_than_the_minimum_peers_give_no_peer_statistics() {
        PeerComparison c = PeerService.compare(index(40), List.of(index(30), index(60)), BenchmarkSet.defaults());
        assertThat(c.peers()).isEqualTo(2);
        assertThat(c.hasPeerFigures()).isFalse();
        for (PeerComparison.Row r : c.rows()) {
            assertThat(r.median()).isNull();
            assertThat(r.p25()).isNull();
            assertThat(r.p75()).isNull();
            assertThat(r.position()).isNull();
        }
        assertThat(indexRow(c).own()).isEqualTo(40);
    }

    @Test
    void with_enough_peers_the_quartiles_are_never_a_single_peers_value() {
        List<PeerService.Metrics> peers = List.of(index(30), index(50), index(70));
        PeerComparison.Row r = indexRow(PeerService.compare(index(40), peers, BenchmarkSet.defaults()));
        assertThat(r.peersWithValue()).isEqualTo(3);
        assertThat(r.median()).isCloseTo(50, within(1e-9)); // symmetric sample
        for (Double q : new Double[] {r.p25(), r.median(), r.p75()}) {
            assertThat(q).isBetween(30.0, 70.0);
        }
        assertThat(r.p25()).isNotIn(30.0, 50.0, 70.0);
        assertThat(r.p75()).isNotIn(30.0, 50.0, 70.0);
        // an uneven sample: the median is pulled towards the outlier, unlike the sample median (50)
        PeerComparison.Row skewed = indexRow(PeerService.compare(index(40), List.of(index(30), index(50),
                index(90)), BenchmarkSet.defaults()));
        assertThat(skewed.median()).isNotIn(30.0, 50.0, 90.0);
        assertThat(r.position()).isEqualTo(PeerComparison.Quarter.SECOND); // 1 of 3 below: percentile 1/3
        // shown in whole units, coarser than a peer's own one-decimal value
        assertThat(r.peerMeasure().format(41.87, java.util.Locale.ENGLISH)).isEqualTo("42");
    }

    @Test
    void the_harrell_davis_median_of_three_weighs_the_order_statistics_7_13_7_over_27() {
        // Beta(2, 2) weights: I_{1/3} = 7/27, I_{2/3} = 20/27
        assertThat(PeerQuantiles.harrellDavis(new double[] {10, 1, 2}, 0.5))
                .isCloseTo((7 * 1 + 13 * 2 + 7 * 10) / 27.0, within(1e-12));
        assertThat(PeerQuantiles.regularizedBeta(1.0 / 3, 2, 2)).isCloseTo(7.0 / 27, within(1e-12));
        assertThat(PeerQuantiles.regularizedBeta(0.3, 1.5, 4.5)).isCloseTo(
                1 - PeerQuantiles.regularizedBeta(0.7, 4.5, 1.5), within(1e-12));
        assertThat(PeerQuantiles.logGamma(5)).isCloseTo(Math.log(24), within(1e-12));
    }

    @Test
    void the_position_is_the_quarter_of_peers_below_with_ties_as_half() {
        assertThat(PeerQuantiles.percentile(5, new double[] {1, 2, 3, 4})).isEqualTo(1.0);
        assertThat(PeerComparison.Quarter.of(1.0)).isEqualTo(PeerComparison.Quarter.HIGHEST);
        assertThat(PeerQuantiles.percentile(2, new double[] {1, 2, 3, 4})).isEqualTo(0.375);
        assertThat(PeerComparison.Quarter.of(0.375)).isEqualTo(PeerComparison.Quarter.SECOND);
        assertThat(PeerComparison.Quarter.of(0)).isEqualTo(PeerComparison.Quarter.LOWEST);
    }
}
