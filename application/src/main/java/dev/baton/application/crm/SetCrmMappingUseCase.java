package dev.baton.application.crm;

import dev.baton.domain.crm.CrmMapping;

/** An admin maps a funnel to the stages of the CRMs its deals come from. */
public interface SetCrmMappingUseCase {

    /**
     * @throws dev.baton.application.shared.InvalidInputException naming {@code hubspot.stages.<label>} when a stage key
     *     is not one of the funnel's
     */
    CrmMapping set(SetCrmMappingCommand command);
}
