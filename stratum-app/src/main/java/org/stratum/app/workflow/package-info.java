/**
 * The toolkit's improvement workflow, kept in the workflow store: the organisation's aim and driver
 * diagram ({@code drivers}), the self-assessment rounds in which colleagues score the key drivers
 * ({@code assessment}), improvement cycles ({@code cycles}), their efforts with co-design sessions
 * ({@code efforts}) and PDSA cycles ({@code pdsa}), teams ({@code teams}), the log of discussions of
 * the foundations ({@code foundations}) and what is due ({@code due}); root-cause analyses
 * ({@code rootcause}), the barrier log, institutional actions and community partners
 * ({@code transformation}); what every editable record shares ({@code record}), its history
 * ({@code history}) and the JSON export and import of it all ({@code exchange}).
 */
package org.stratum.app.workflow;
