package org.rives.system;

/** Published when the server has re-read the connector folder because a connector was added, removed or edited. */
public record ConnectorsReloaded(int connectors) {
}
