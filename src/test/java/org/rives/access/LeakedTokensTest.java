package org.rives.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeakedTokensTest {

    @Test
    void aRivesTokenAnywhereInTheQueryIsFoundWithItsId() {
        TokenSecrets.Minted minted = TokenSecrets.mint();
        assertThat(LeakedTokens.find("indicator=X&q=" + minted.token(), null))
                .hasValueSatisfying(leak -> assertThat(leak.tokenId()).isEqualTo(minted.id()));
        assertThat(LeakedTokens.find("x=Bearer%20" + minted.token(), null)).isPresent();
    }

    @Test
    void parametersMeantForTokensAreRefusedWhateverTheirValue() {
        assertThat(LeakedTokens.find("access_token=abc", null)).isPresent();
        assertThat(LeakedTokens.find("Token=abc", null)).isPresent();
        assertThat(LeakedTokens.find("api_key", null)).isPresent();
    }

    @Test
    void theDeprecatedWriteTokenIsRecognisedInAnyParameter() {
        assertThat(LeakedTokens.find("source=s3cret-write", "s3cret-write")).isPresent();
        assertThat(LeakedTokens.find("source=worldbank-wdi", "s3cret-write")).isEmpty();
    }

    @Test
    void ordinaryQueriesPass() {
        assertThat(LeakedTokens.find(null, null)).isEmpty();
        assertThat(LeakedTokens.find("indicator=REMIT_IN&areas=5P5&from=2015&asOf=2025-01-01", null)).isEmpty();
        assertThat(LeakedTokens.find("q=%E0%A4%A", null)).isEmpty();
    }
}
