package org.rives.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void aTokenNamesItsIdAndOnlyItsSaltedHashIsKept() {
        TokenSecrets.Minted minted = TokenSecrets.mint();
        assertThat(minted.token()).matches("rives_[a-z2-7]{10}_[0-9a-f]{64}");
        assertThat(TokenSecrets.idOf(minted.token())).contains(minted.id());
        assertThat(minted.hash()).hasSize(64).doesNotContain(minted.token().substring(17));
        assertThat(TokenSecrets.verify(minted.token(), minted.salt(), minted.hash())).isTrue();
    }

    @Test
    void aChangedSecretOrAnotherTokensSaltDoesNotVerify() {
        TokenSecrets.Minted one = TokenSecrets.mint();
        TokenSecrets.Minted other = TokenSecrets.mint();
        String flipped = one.token().substring(0, one.token().length() - 1)
                + (one.token().endsWith("0") ? "1" : "0");
        assertThat(TokenSecrets.verify(flipped, one.salt(), one.hash())).isFalse();
        assertThat(TokenSecrets.verify(one.token(), other.salt(), one.hash())).isFalse();
        assertThat(TokenSecrets.verify("rives_short", one.salt(), one.hash())).isFalse();
    }

    @Test
    void theSameSecretUnderTwoSaltsHashesDifferently() {
        TokenSecrets.Minted a = TokenSecrets.mint();
        TokenSecrets.Minted b = TokenSecrets.mint();
        String secret = a.token().substring(a.token().lastIndexOf('_') + 1);
        assertThat(TokenSecrets.hash(a.salt(), secret)).isEqualTo(a.hash()).isNotEqualTo(TokenSecrets.hash(b.salt(), secret));
    }

    @Test
    void idsAndSecretsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            TokenSecrets.Minted minted = TokenSecrets.mint();
            ids.add(minted.id());
            tokens.add(minted.token());
        }
        assertThat(ids).hasSize(1000);
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void malformedTokensHaveNoId() {
        assertThat(TokenSecrets.idOf("")).isEmpty();
        assertThat(TokenSecrets.idOf("Bearer rives_abcdefghij_" + "0".repeat(64))).isEmpty();
        assertThat(TokenSecrets.idOf("rives_ABCDEFGHIJ_" + "0".repeat(64))).isEmpty();
        assertThat(TokenSecrets.idOf("rives_abcdefghij_" + "0".repeat(63))).isEmpty();
    }
}
