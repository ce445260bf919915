/**
 * The toolkit's improvement workflow, kept in the workflow store: the organisation's aim and driver
 * diagram ({@code drivers}), the self-assessment rounds in which colleagues score the key drivers
 * ({@code assessment}), improvement cycles ({@code cycles}), their efforts with co-design sessions
 * ({@code efforts}) and PDSA cycles ({@code pdsa}), the log of discussions of
 * the foundations ({@code foundations}) and what is due ({@code due}).
 */
package org.stratum.app.workflow;
