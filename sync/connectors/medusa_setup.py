"""`pos connect medusa`: find or create what an in-store till needs in the store.
Idempotent: every step looks for the object first, so running it twice creates nothing."""
from __future__ import annotations

from sync.connectors.medusa_http import MedusaHttp

CHANNEL_NAME = "omnipos POS"
LOCATION_NAME = "omnipos shop"
OPTION_CODE = "omnipos-counter"
PICKUP_CODE = "omnipos-pickup"  # the type code of the click-and-collect option
DELIVERY_CODE = "omnipos-delivery"  # the type code of a till's ship-from-<location> option
OPTION_FIELDS = "id,name,created_at,*type"


def _find(rows: list[dict], **match) -> dict | None:
    return next((r for r in rows if all(r.get(k) == v for k, v in match.items())), None)


def ensure_currency(http: MedusaHttp, code: str) -> None:
    store = http.get("/admin/stores", fields="id,*supported_currencies")["stores"][0]
    supported = store.get("supported_currencies") or []
    if any(c["currency_code"] == code for c in supported):
        return
    keep = [{"currency_code": c["currency_code"], "is_default": c.get("is_default", False)}
            for c in supported]
    http.post(f"/admin/stores/{store['id']}",
              {"supported_currencies": keep + [{"currency_code": code, "is_default": not keep}]})


def ensure_region(http: MedusaHttp, code: str, country: str) -> str:
    regions = http.get("/admin/regions", fields="id,currency_code,*countries")["regions"]
    found = _find(regions, currency_code=code)
    if found:
        return found["id"]
    body = {"name": f"omnipos {code.upper()}", "currency_code": code, "countries": [country]}
    return http.post("/admin/regions", body)["region"]["id"]


def ensure_location(http: MedusaHttp, location_id: str | None) -> str:
    rows = http.get("/admin/stock-locations", fields="id,name", limit=200)["stock_locations"]
    if location_id and _find(rows, id=location_id):
        return location_id
    found = _find(rows, name=LOCATION_NAME)
    if found:
        return found["id"]
    return http.post("/admin/stock-locations", {"name": LOCATION_NAME})["stock_location"]["id"]


def ensure_channel(http: MedusaHttp) -> str:
    rows = http.get("/admin/sales-channels", name=CHANNEL_NAME)["sales_channels"]
    if rows:
        return rows[0]["id"]
    body = {"name": CHANNEL_NAME, "description": "In-store sales from omnipos tills"}
    return http.post("/admin/sales-channels", body)["sales_channel"]["id"]


def _location(http: MedusaHttp, location_id: str) -> dict:
    return http.get(f"/admin/stock-locations/{location_id}", fields=(
        "id,name,*sales_channels,*fulfillment_providers,*fulfillment_sets,"
        "*fulfillment_sets.service_zones,*fulfillment_sets.service_zones.geo_zones"))[
        "stock_location"]


def link_location(http: MedusaHttp, location_id: str, channel_id: str) -> dict:
    loc = _location(http, location_id)
    if not _find(loc.get("sales_channels") or [], id=channel_id):
        http.post(f"/admin/stock-locations/{location_id}/sales-channels", {"add": [channel_id]})
    if not _find(loc.get("fulfillment_providers") or [], id="manual_manual"):
        http.post(f"/admin/stock-locations/{location_id}/fulfillment-providers",
                  {"add": ["manual_manual"]})
    return _location(http, location_id)


def ensure_counter_option(http: MedusaHttp, loc: dict, country: str, currency: str) -> str:
    """A zero-price pickup shipping option: the fulfilment of a sale made at the counter."""
    fset = _find(loc.get("fulfillment_sets") or [], type="pickup")
    if fset is None:
        http.post(f"/admin/stock-locations/{loc['id']}/fulfillment-sets",
                  {"name": f"{loc['name']} counter", "type": "pickup"})
        fset = _find(_location(http, loc["id"])["fulfillment_sets"], type="pickup")
    zones = fset.get("service_zones") or []
    if not zones:
        zones = http.post(f"/admin/fulfillment-sets/{fset['id']}/service-zones", {
            "name": "Counter", "geo_zones": [{"type": "country", "country_code": country}],
        })["fulfillment_set"]["service_zones"]
    found = next((o for o in _zone_options(http, zones[0]["id"])
                  if _type_code(o) != PICKUP_CODE), None)
    if found:
        return found["id"]
    return http.post("/admin/shipping-options", {
        "name": "Sold at the counter", "service_zone_id": zones[0]["id"],
        "shipping_profile_id": _profile(http), "provider_id": "manual_manual",
        "price_type": "flat", "type": {"label": "Counter", "description": "Sold at the counter", "code": OPTION_CODE},
        "prices": [{"currency_code": currency, "amount": 0}],
        "rules": [{"attribute": "enabled_in_store", "operator": "eq", "value": "false"},
                  {"attribute": "is_return", "operator": "eq", "value": "false"}],
    })["shipping_option"]["id"]


def ensure_pickup_option(http: MedusaHttp, loc: dict, currency: str) -> dict:
    """Click-and-collect (issue #15): a free "Pick up at <shop>" option offered at the web
    checkout, in the same pickup fulfilment set and zone as the counter option. Found again
    by its type code, so a second connect (or a renamed shop) makes no second option.
    Returns {id, created_at}."""
    fset = _find(_location(http, loc["id"])["fulfillment_sets"], type="pickup")
    zone = fset["service_zones"][0]["id"]
    found = next((o for o in _zone_options(http, zone) if _type_code(o) == PICKUP_CODE), None)
    if found is None:
        found = http.post("/admin/shipping-options", {
            "name": f"Pick up at {loc['name']}", "service_zone_id": zone,
            "shipping_profile_id": _profile(http), "provider_id": "manual_manual",
            "price_type": "flat", "type": {"label": "Pickup", "code": PICKUP_CODE,
                                           "description": f"Pick up at {loc['name']}"},
            "prices": [{"currency_code": currency, "amount": 0}],
            "rules": [{"attribute": "enabled_in_store", "operator": "eq", "value": "true"},
                      {"attribute": "is_return", "operator": "eq", "value": "false"}],
        }, fields=OPTION_FIELDS)["shipping_option"]
    return found


def ensure_delivery_option(http: MedusaHttp, location_id: str, channel_id: str, country: str,
                           currency: str) -> dict:
    """Ship from a location (issue #15 part 2, the endless aisle): the location sells through
    the POS channel (Medusa reserves an order's items only at its channel's locations), and
    has a "Giao hàng từ <location>" option (type code omnipos-delivery, not offered at the
    web checkout) in a shipping fulfilment set's zone for the country. Found again by its
    type code or name, so a second call makes nothing. Returns {id, name}."""
    loc = link_location(http, location_id, channel_id)
    fset = _find(loc.get("fulfillment_sets") or [], type="shipping")
    if fset is None:
        http.post(f"/admin/stock-locations/{location_id}/fulfillment-sets",
                  {"name": f"{loc['name']} delivery", "type": "shipping"})
        fset = _find(_location(http, location_id)["fulfillment_sets"], type="shipping")
    zone = next((z for z in fset.get("service_zones") or [] if _serves(z, country)), None)
    if zone is None:
        http.post(f"/admin/fulfillment-sets/{fset['id']}/service-zones", {
            "name": country.upper(), "geo_zones": [{"type": "country", "country_code": country}]})
        fset = _find(_location(http, location_id)["fulfillment_sets"], id=fset["id"])
        zone = next(z for z in fset["service_zones"] if _serves(z, country))
    name = f"Giao hàng từ {loc['name']}"
    found = next((o for o in _zone_options(http, zone["id"])
                  if _type_code(o) == DELIVERY_CODE or o.get("name") == name), None)
    if found is None:
        found = http.post("/admin/shipping-options", {
            "name": name, "service_zone_id": zone["id"], "shipping_profile_id": _profile(http),
            "provider_id": "manual_manual", "price_type": "flat",
            "type": {"label": "Delivery", "code": DELIVERY_CODE, "description": name},
            "prices": [{"currency_code": currency, "amount": 0}],
            "rules": [{"attribute": "enabled_in_store", "operator": "eq", "value": "false"},
                      {"attribute": "is_return", "operator": "eq", "value": "false"}],
        }, fields=OPTION_FIELDS)["shipping_option"]
    return {"id": found["id"], "name": found.get("name") or name}


def _serves(zone: dict, country: str) -> bool:
    return any(g.get("type") == "country" and g.get("country_code") == country
               for g in zone.get("geo_zones") or [])


def link_web_channel(http: MedusaHttp, loc: dict) -> str:
    """The web shop's channel (the store's default) sells the shop's stock for pickup: Medusa
    offers a location's options only to carts of a channel linked to it."""
    web = http.get("/admin/stores", fields="id,default_sales_channel_id")["stores"][0]
    web = web.get("default_sales_channel_id") or ""
    if web and not _find(loc.get("sales_channels") or [], id=web):
        http.post(f"/admin/stock-locations/{loc['id']}/sales-channels", {"add": [web]})
    return web


def _zone_options(http: MedusaHttp, zone_id: str) -> list[dict]:
    return http.get("/admin/shipping-options", service_zone_id=zone_id, fields=OPTION_FIELDS,
                    limit=100)["shipping_options"]


def _type_code(option: dict) -> str:
    return (option.get("type") or {}).get("code") or ""


def _profile(http: MedusaHttp) -> str:
    return http.get("/admin/shipping-profiles")["shipping_profiles"][0]["id"]


def set_up_till(http: MedusaHttp, currency: str, country: str, ids: dict) -> dict:
    ensure_currency(http, currency)
    region = ensure_region(http, currency, country)
    location = ensure_location(http, ids.get("stock_location_id"))
    channel = ensure_channel(http)
    loc = link_location(http, location, channel)
    option = ensure_counter_option(http, loc, country, currency)
    web = link_web_channel(http, loc)
    pickup = ensure_pickup_option(http, loc, currency)
    return {"region_id": region, "stock_location_id": location, "sales_channel_id": channel,
            "shipping_option_id": option, "currency": currency, "web_channel_id": web,
            "pickup_option_id": pickup["id"], "pickup_since": pickup.get("created_at") or ""}
