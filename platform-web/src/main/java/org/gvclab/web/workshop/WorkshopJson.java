package org.gvclab.web.workshop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.gvclab.core.workshop.Criterion;
import org.gvclab.core.workshop.Submission;
import org.gvclab.core.workshop.WorkshopResults;

/** The JSON stored in the workshop tables: activity items, submissions, frozen results. */
final class WorkshopJson {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<Criterion>> ITEMS = new TypeReference<>() {
    };

    private WorkshopJson() {
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static List<Criterion> items(String json) {
        return read(json, ITEMS, "activity items");
    }

    static Submission submission(String json) {
        return read(json, new TypeReference<Submission>() {
        }, "submission");
    }

    static WorkshopResults results(String json) {
        return read(json, new TypeReference<WorkshopResults>() {
        }, "workshop results");
    }

    private static <T> T read(String json, TypeReference<T> type, String what) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + what + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
