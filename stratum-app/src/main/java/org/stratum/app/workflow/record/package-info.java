/**
 * What every editable workflow record shares: a version for optimistic locking ({@link
 * org.stratum.app.workflow.record.StaleRecord}), who changed it last ({@link
 * org.stratum.app.workflow.record.Stamp}) and a field-by-field account of each change for its history.
 */
package org.stratum.app.workflow.record;
