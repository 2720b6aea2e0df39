package nl.plusteam.referral.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.plusteam.referral.ReferralService;
import nl.plusteam.system.process.Actors;
import nl.plusteam.system.process.DossierInput;

/** "Verwijzing vastleggen": stores the referral on the case the generalist named, if they work on it. */
@Component
public class RecordReferralDelegate implements JavaDelegate {

  private final ReferralService referrals;

  RecordReferralDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    referrals.record(DossierInput.take(execution), Actors.current(execution), execution.getProcessInstanceId());
  }
}
