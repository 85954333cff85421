from .client import get_client


def opensearch_health() -> str:
    try:
        health = get_client().cluster.health(request_timeout=2)
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return f"down: {exc.__class__.__name__}"
    return "ok" if health.get("status") in {"green", "yellow"} else f"down: {health.get('status')}"


def opensearch_info() -> dict:
    """Version, health and our indices with document counts (for the status command)."""
    client = get_client()
    info = client.info()
    health = client.cluster.health()
    indices = client.cat.indices(params={"format": "json"})
    return {
        "version": info["version"]["number"],
        "distribution": info["version"].get("distribution", "elasticsearch"),
        "status": health["status"],
        "indices": sorted(
            ({"index": i["index"], "docs": int(i["docs.count"] or 0)} for i in indices),
            key=lambda row: row["index"],
        ),
        "aliases": client.indices.get_alias(),
    }
