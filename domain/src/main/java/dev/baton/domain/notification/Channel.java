package dev.baton.domain.notification;

/** How a message reaches its reader: an e-mail to a person, or a post to a chat's incoming webhook. */
public enum Channel {
    MAIL,
    CHAT
}
