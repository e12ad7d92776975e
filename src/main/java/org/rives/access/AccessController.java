package org.rives.access;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.rives.connector.ConnectorRegistry;
import org.rives.store.Database;
import org.rives.store.StoreException;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a token may do ({@code GET /api/me}: its connectors, for the upload page's list) and what was
 * done with it ({@code GET /api/audit}: a provider sees its own entries, an admin all).
 */
@RestController
class AccessController {

    static final int MAX_PAGE = 200;

    /** A connector the caller may write. */
    record Writable(String id, String title, String format) {
    }

    /** The caller, as the upload page shows it after sign-in. */
    record Me(String token, Role role, String provider, String providerName, Instant expiresAt,
              List<Writable> connectors, long maxUploadBytes) {
    }

    private final ConnectorRegistry connectors;
    private final Database database;
    private final AuditLog audit;
    private final Environment environment;

    AccessController(ConnectorRegistry connectors, Database database, AuditLog audit, Environment environment) {
        this.connectors = connectors;
        this.database = database;
        this.audit = audit;
        this.environment = environment;
    }

    @GetMapping("/api/me")
    Me me(Caller caller) {
        List<Writable> writable = connectors.all().stream().filter(d -> caller.mayWrite(d.id()))
                .map(d -> new Writable(d.id(), d.title(), d.format())).toList();
        return new Me(caller.tokenId(), caller.role(), caller.providerId(),
                caller.provider() == null ? null : caller.provider().name(), caller.expiresAt(), writable,
                UploadLimits.maxFileBytes(environment));
    }

    @GetMapping("/api/audit")
    AuditLog.Page audit(Caller caller, @RequestParam(defaultValue = "0") int page,
                        @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_PAGE);
        }
        try (Database.ReadConnection read = database.read()) {
            return audit.page(read.connection(), caller.isAdmin() ? null : caller.providerId(), page, size);
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit: " + e.getMessage(), e);
        }
    }
}
