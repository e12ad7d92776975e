package org.rives.api;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How the API answers: content negotiation by {@code format=} (json, csv, sdmx-csv, xlsx) and then by
 * {@code Accept} with its q-values, CSV and SDMX-CSV written by message converters from the same
 * records as the JSON, and unknown query parameters refused on every endpoint.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        negotiation.strategies(List.of(new FormatParameter(), new HeaderContentNegotiationStrategy()));
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.addCustomConverter(new CsvConverter(MediaType.parseMediaType(Formats.CSV), List.of(
                new CompareCsv(), new MirrorCsv(), new HistoryCsv.Revisions(), new HistoryCsv.Changes(),
                new ObservationsCsv.Plain())));
        converters.addCustomConverter(new CsvConverter(MediaType.parseMediaType(Formats.SDMX_CSV), List.of(
                new ObservationsCsv.Sdmx())));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new KnownParameters()).addPathPatterns("/api/**", "/report");
    }
}
