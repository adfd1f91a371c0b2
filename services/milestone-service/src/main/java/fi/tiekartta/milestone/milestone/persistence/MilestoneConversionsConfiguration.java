package fi.tiekartta.milestone.milestone.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

/**
 * The platform's conversions (java.time by the driver's own codecs, in UTC) plus explicit {@link LocalDate}
 * converters that produce exactly what that codec stores: a BSON date at midnight UTC. The milestone's state
 * holds dates (period bounds, the actual date); with the codec alone, the state as converted still holds
 * {@code LocalDate} values while the stored one reads back as dates, so {@code AggregateStore} would list
 * unchanged dates as changes in every revision and record revisions that change nothing. Converted here
 * first, both sides compare equal. Replaces the platform's bean of the same type (it backs off).
 */
@Configuration(proxyBeanMethods = false)
class MilestoneConversionsConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(adapter -> adapter.useNativeDriverJavaTimeCodecs()
                .registerConverters(List.of(LocalDateToDate.INSTANCE, DateToLocalDate.INSTANCE)));
    }

    @WritingConverter
    enum LocalDateToDate implements Converter<LocalDate, Date> {
        INSTANCE;

        @Override
        public Date convert(LocalDate date) {
            return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    @ReadingConverter
    enum DateToLocalDate implements Converter<Date, LocalDate> {
        INSTANCE;

        @Override
        public LocalDate convert(Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
        }
    }
}
