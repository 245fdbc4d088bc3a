class File implements Namespace {
  related: {
    viewers: User[] // only Users allowed
  }
}
