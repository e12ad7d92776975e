# Reads Rives' SDMX 2.1 REST service as an R analyst does, with rsdmx: the dataflows, the data structure
# with its codelists (references=children), and the 2022 remittances of the ten 5+5 countries.
# Usage: Rscript rsdmx-client.R <base URL, e.g. http://127.0.0.1:8080/sdmx/v2.1>
# Prints one line per fact, for the Java test to check: FLOW <id>, DIMENSION <id>, CODE <codelist> <id> <name>,
# OBS <area> <period> <value with 15 significant digits>.
suppressPackageStartupMessages(library(rsdmx))
base <- commandArgs(trailingOnly = TRUE)[1]

rives <- SDMXServiceProvider(agencyId = "RIVES", name = "Rives",
                             builder = SDMXREST21RequestBuilder(regUrl = base, repoUrl = base, compliant = TRUE))
addSDMXServiceProvider(rives)

flows <- as.data.frame(readSDMX(providerId = "RIVES", resource = "dataflow", verbose = FALSE))
for (id in flows$id) cat("FLOW", id, "\n")

dsd <- readSDMX(providerId = "RIVES", resource = "datastructure", agencyId = "RIVES",
                resourceId = "DSD_MIGRATION", verbose = FALSE)
structure <- slot(slot(dsd, "datastructures"), "datastructures")[[1]]
components <- as.data.frame(slot(structure, "Components"))
for (id in components[components$component == "Dimension", "conceptRef"]) cat("DIMENSION", id, "\n")
areas <- as.data.frame(slot(dsd, "codelists"), codelistId = "CL_AREA")
for (code in c("MAR", "TUN", "ESP")) cat("CODE CL_AREA", code, areas[areas$id == code, "label.en"], "\n")

ten <- "ESP+FRA+ITA+MLT+PRT+DZA+LBY+MAR+MRT+TUN"
data <- as.data.frame(readSDMX(providerId = "RIVES", resource = "data", flowRef = "DF_DEVELOPMENT",
                               key = paste0("A.REMIT_IN.", ten, "._T._T._T._T.worldbank-wdi"), key.mode = "SDMX",
                               start = "2022", end = "2022", verbose = FALSE))
for (i in seq_len(nrow(data))) {
  cat("OBS", data$REF_AREA[i], data$obsTime[i], sprintf("%.15g", data$obsValue[i]), data$UNIT_MEASURE[i], "\n")
}
