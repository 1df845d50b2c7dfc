package org.longarm.core.io;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.longarm.core.graph.ProductLineRecord;

/** Where an {@link InputFormat} delivers what it read, and how it looks up what other inputs defined. */
public interface ReadTarget {

    /**
     * Adds a top-level model object (an entity, a relationship, a brand, a product line, a site, a device...). Its
     * references to other top-level objects (subject, interested party, brand, site, jurisdiction...) may be proxies
     * or objects carrying only their key. When an object with the same key was added before, or is stored already,
     * the one whose newest {@code Source} has the later statement date wins (ties: the later statement id, then the
     * one added last).
     * <p>
     * A relationship's party that carries sources of its own, rather than only its key, is part of the relationship's
     * statement (BODS: a party left unspecified, with a reason): it is not added by itself, and it is written with the
     * relationship, and only when the relationship is (since 1.6; before, such a party became a stub holding only its
     * key).
     */
    void add(EObject object);

    /** Reports a problem in the input; any problem makes the whole import fail and leaves the store unchanged. */
    void problem(InputProblem problem);

    /**
     * Says where the statement or row begins whose objects the following {@link #add} calls deliver, so that a
     * problem the import finds in them (a statement id given to two statements, a record whose type changes) names
     * its line and column as the format's own problems do (a problem that the store answers later, beside the
     * reading, gives the line alone). A format that knows lines calls it before adding a statement's or row's first
     * object; one that does not need not call it, and its objects' problems then give no line.
     *
     * @param line 1-based line
     * @param column its 1-based column, asked for only when a problem is reported there (finding it may cost), 0
     *        when unknown; it must answer until the next call or the end of the file
     * @since 1.4
     */
    default void readingAt(long line, java.util.function.LongSupplier column) {
    }

    /**
     * The key of the entity that {@code reference} names: a record id, or an identifier written {@code SCHEME:ID}.
     * Looks at what this import added so far, then at the store.
     */
    Optional<String> entityKey(String reference);

    /**
     * Announces references that {@link #entityKey} will soon be asked about, so that those this import does not
     * define are looked up in the store together instead of one at a time. A hint for speed only: the answers of
     * {@link #entityKey} are the same with or without it. A format that reads ahead of what it adds (as the BODS
     * reader does while statements are validated) announces the references of what it has read.
     *
     * @since 1.1
     */
    default void expectReferences(Collection<String> references) {
    }

    /**
     * Says that the input defines {@code object} but that its statement or row was refused for the problems reported
     * there, so that what names it later can say so, instead of saying that nothing of that name is known and sending
     * the user after a misspelling. Only the object's class and key count, and an entity's identifiers.
     *
     * @param object the object as the statement or row would have added it, or one that carries only its key
     * @since 1.9
     */
    default void refused(EObject object) {
    }

    /**
     * Whether this import {@link #refused} an object of {@code type} that {@code reference} names: its key, or for an
     * entity an identifier ({@code SCHEME:ID}) it declares. Meant for a reference that {@link #entityKey} or
     * {@link #productLines} did not resolve. False when the import did not remember it (it remembers a bounded
     * number of keys).
     *
     * @param type the class of what is named, as references name it: {@code Entity} (an organisation or a person),
     *        {@code Brand}...
     * @param reference the reference as written
     * @since 1.9
     */
    default boolean wasRefused(org.eclipse.emf.ecore.EClass type, String reference) {
        return false;
    }

    /** The product lines of a brand (key: its name trimmed, in lower case) known to this import or the store. */
    List<ProductLineRecord> productLines(String brandKey);

    /** Every brand name known to this import or the store, for suggestions in error messages. */
    List<String> brandNames();

    /** The file's name as the user gave it (not a temporary path), for problems and the ids of CSV rows' sources. */
    String fileName();

    /**
     * The id of this file's import record ({@link Importer#importId}), recorded in every {@code Source} it creates: the
     * record holds the file's name and SHA-256 once for all of them.
     */
    String importId();

    /**
     * True when this file was read and found valid earlier in the same import and is now read again to be written:
     * a format may then skip costly checks (such as schema validation). The importer makes sure the file did not
     * change in between.
     */
    default boolean checked() {
        return false;
    }
}
