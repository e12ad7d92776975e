"""Reads Rives' SDMX 2.1 REST service as a Python analyst does, with sdmx1 (``import sdmx``): the dataflows,
the data structure with its codelists, and the 2022 remittances of the ten 5+5 countries.

Usage: python3 sdmx1-client.py <base URL, e.g. http://127.0.0.1:8080/sdmx/v2.1>
Prints one line per fact, for the Java test to check: FLOW <id>, DIMENSION <id>, CODE <codelist> <id> <name>,
OBS <area> <period> <value>.
"""
import sys

import sdmx

base = sys.argv[1]
sdmx.add_source({"id": "RIVES", "url": base, "name": "Rives"})
client = sdmx.Client("RIVES")

flows = client.dataflow()
for flow_id in flows.dataflow:
    print("FLOW", flow_id)

structure = client.datastructure("DSD_MIGRATION", params={"references": "children"})
dsd = structure.structure["DSD_MIGRATION"]
for dimension in dsd.dimensions.components:
    if dimension.id != "TIME_PERIOD":
        print("DIMENSION", dimension.id)
areas = structure.codelist["CL_AREA"]
for code in ("MAR", "TUN", "ESP"):
    print("CODE CL_AREA", code, areas[code].name.localizations["en"])

# The flow with everything it references (references=all): sdmx1 reads structure-specific data (its default
# when it holds the structure) and checks the key against the codelists.
flow = client.dataflow("DF_DEVELOPMENT", params={"references": "all"}).dataflow["DF_DEVELOPMENT"]
ten = ["ESP", "FRA", "ITA", "MLT", "PRT", "DZA", "LBY", "MAR", "MRT", "TUN"]
key = {"FREQ": "A", "INDICATOR": "REMIT_IN", "REF_AREA": ten, "COUNTERPART_AREA": "_T", "SEX": "_T",
       "AGE": "_T", "BREAKDOWN": "_T", "SOURCE": "worldbank-wdi"}
message = client.data("DF_DEVELOPMENT", key=key, dsd=flow.structure,
                      params={"startPeriod": "2022", "endPeriod": "2022"})
for series_key, observations in message.data[0].series.items():
    area = series_key.values["REF_AREA"].value
    for observation in observations:
        period = observation.dimension.values["TIME_PERIOD"].value
        print("OBS", area, period, repr(float(observation.value)))
