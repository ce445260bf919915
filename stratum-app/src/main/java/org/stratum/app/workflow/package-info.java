/**
 * The toolkit's improvement workflow, kept in the workflow store: the organisation's aim and driver
 * diagram ({@code drivers}) and the self-assessment rounds in which colleagues score the key drivers
 * ({@code assessment}).
 */
package org.stratum.app.workflow;
