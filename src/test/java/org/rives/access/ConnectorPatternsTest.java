package org.rives.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConnectorPatternsTest {

    @Test
    void idsAndGlobsMatchWholeIds() {
        assertThat(ConnectorPatterns.matches("hcp-ma-etrangers", "hcp-ma-etrangers")).isTrue();
        assertThat(ConnectorPatterns.matches("oc-ma*", "oc-maroc-mre")).isTrue();
        assertThat(ConnectorPatterns.matches("oc-ma-*", "oc-maroc-mre")).isFalse();
        assertThat(ConnectorPatterns.matches("*-tn-*", "bct-tn-revenus-travail")).isTrue();
        assertThat(ConnectorPatterns.matches("ine-??-*", "ine-pt-titulos-residencia")).isTrue();
        assertThat(ConnectorPatterns.matches("ine-??-*", "ine-migraciones")).isFalse();
        assertThat(ConnectorPatterns.matches("hcp", "hcp-ma-etrangers")).isFalse();
    }

    @Test
    void manyStarsOnALongIdStayFast() {
        String pattern = "*a*a*a*a*a*a*a*a*a*a*a*b";
        assertThat(ConnectorPatterns.matches(pattern, "a".repeat(80))).isFalse();
    }

    @Test
    void patternsAreCheckedForTheirCharacters() {
        assertThat(ConnectorPatterns.checked(List.of("hcp-*", "oc-maroc-mre"))).hasSize(2);
        assertThatThrownBy(() -> ConnectorPatterns.checked(List.of("HCP"))).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> ConnectorPatterns.checked(List.of("../x"))).hasMessageContaining("not a connector");
        assertThatThrownBy(() -> ConnectorPatterns.checked(List.of())).hasMessageContaining("at least one");
    }

    @Test
    void aProviderOwnsWhatItsPatternsMatch() {
        Provider hcp = new Provider("hcp", "Haut-Commissariat au Plan", List.of("hcp-*"));
        assertThat(hcp.owns("hcp-ma-etrangers")).isTrue();
        assertThat(hcp.owns("oc-maroc-mre")).isFalse();
        assertThatThrownBy(() -> new Provider("HCP Maroc", null, List.of("hcp-*"))).hasMessageContaining("provider id");
    }
}
