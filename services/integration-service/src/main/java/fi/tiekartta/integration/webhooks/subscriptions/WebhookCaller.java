package fi.tiekartta.integration.webhooks.subscriptions;

/**
 * Who manages webhooks in a request: a programme administrator manages every subscription; an integration client
 * only those it registered itself (others' are "not found" to it, so it cannot even learn they exist).
 *
 * @param id    the owner name a subscription registered by this caller gets (the client id of an integration's
 *              token, the username of a person)
 * @param admin whether the caller is a programme administrator
 */
public record WebhookCaller(String id, boolean admin) {

    public boolean mayManage(String owner) {
        return admin || id.equals(owner);
    }

    /** The owner a list is limited to: none for an administrator. */
    public String ownerFilter() {
        return admin ? null : id;
    }
}
