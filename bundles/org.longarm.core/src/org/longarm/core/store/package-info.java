/**
 * Where Longarm keeps its graph: a {@link org.longarm.core.store.ModelStore} persists EMF objects of any
 * registered model and reads them back, and runs units of work in one transaction (or, for imports too large for
 * one, as a staged write). Only the store implementation
 * speaks the database's language; everything else uses this API.
 */
package org.longarm.core.store;
