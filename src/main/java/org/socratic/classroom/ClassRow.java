package org.socratic.classroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

/** A class taught by one teacher. */
@Serdeable
@MappedEntity("classes")
public record ClassRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        @MappedProperty("teacher_id") long teacherId,
        @Nullable Integer grade) {}
