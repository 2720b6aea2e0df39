package nl.plusteam.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One successful read of case content by a user: who, when, which case, what and how. Ids only. */
@Entity
public class DossierRead {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant readAt;
  private String userId;

  @Enumerated(EnumType.STRING)
  private ReadChannel channel;

  private Long caseFileId;
  private String caseReference;
  private String processInstanceId;
  private String taskId;
  private String resource;
  private String httpMethod;
  private String path;

  protected DossierRead() {}

  DossierRead(Instant readAt, String userId, ReadChannel channel, ReadTarget.Case readCase, String resource,
      String httpMethod, String path) {
    this.readAt = readAt;
    this.userId = userId;
    this.channel = channel;
    this.caseFileId = readCase.caseFileId();
    this.caseReference = readCase.caseReference();
    this.processInstanceId = readCase.processInstanceId();
    this.taskId = readCase.taskId();
    this.resource = truncate(resource, 300);
    this.httpMethod = httpMethod;
    this.path = truncate(path, 500);
  }

  private static String truncate(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  public Long getId() {
    return id;
  }

  public Instant getReadAt() {
    return readAt;
  }

  public String getUserId() {
    return userId;
  }

  public ReadChannel getChannel() {
    return channel;
  }

  public Long getCaseFileId() {
    return caseFileId;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getResource() {
    return resource;
  }

  public String getHttpMethod() {
    return httpMethod;
  }

  public String getPath() {
    return path;
  }
}
