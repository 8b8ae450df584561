package dev.baton.application.notification.delivery;

/** What one round of delivery did: how many messages it claimed, and how many of them went out or failed. */
public record DeliveryRound(int claimed, int sent, int failed) {

    public static final DeliveryRound NOTHING = new DeliveryRound(0, 0, 0);
}
