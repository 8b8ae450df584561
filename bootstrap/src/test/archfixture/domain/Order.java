package archfixture.domain;

import jakarta.persistence.Entity;

/** Breaks: a framework annotation in the domain. */
@Entity
public class Order {}
